// The types the HTTP API speaks, shared end to end: the server builds these and the web app
// (web/) imports them, so a change here is checked on both sides by the type-checker.
import type { Brief } from '../brief/types.js';
import type { AddResult, Contradiction, DocumentRow, EntityProfile, SearchHit, SearchQuery, TimelineRow } from '../store/types.js';

export type {
  Brief,
  Block,
  Claim,
  Entity,
  Figure,
  Finding,
  Mention,
  Meta,
  Quote,
  Severity,
  Span,
  TimeExpr,
  TimelineEntry,
} from '../brief/types.js';
export type { AddResult, Contradiction, DocumentRow, EntityProfile, SearchHit, TimelineRow } from '../store/types.js';

/** Every 4xx/5xx answer of the API has this body. */
export interface ApiError {
  error: { status: number; code: string; message: string };
}

/** POST /api/analyze and POST /api/documents: exactly one of text, html or url. */
export interface AnalyzeRequest {
  text?: string;
  html?: string;
  url?: string;
  /** The article's date, YYYY-MM-DD, when the page does not state it. */
  date?: string;
  /** A name for the input (a file name), kept as the brief's source. */
  name?: string;
}

/** Formats POST /api/analyze can answer in (?format=). */
export type AnalyzeFormat = 'json' | 'md' | 'figures.csv';

export interface DocumentList {
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
}

export interface DocumentView {
  document: DocumentRow;
  brief: Brief;
}

export interface StoredDocument extends AddResult {
  document: DocumentRow | null;
}

export interface ContradictionList {
  limit: number;
  offset: number;
  items: Contradiction[];
}

export interface TimelineList {
  items: TimelineRow[];
}

/** GET /api/info: what this server can do, for the app to adapt its forms. */
export interface ServerInfo {
  name: 'dossier';
  version: string;
  /** True when every API call needs `Authorization: Bearer <token>`. */
  auth: boolean;
  /** True when POST /api/analyze accepts {url}. */
  fetchUrl: boolean;
  maxBodyBytes: number;
  documents: number;
}

/** The query of GET /api/documents, as the app builds it: the store's own search query. */
export type DocumentQuery = SearchQuery;

export type { EntityProfile as EntityView };
