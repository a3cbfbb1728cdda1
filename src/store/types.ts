// The corpus store: one interface, implemented over SQLite (default) and PostgreSQL.
// Every method is async so that both implementations fit it.
import type { Brief, Finding } from '../brief/types.js';

export interface DocumentRow {
  id: number;
  /** SHA-256 of the normalised input: ingest is idempotent by it. */
  hash: string;
  url: string | null;
  title: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  /** Where the input came from: a path, a URL or "-". */
  source: string | null;
  ingestedAt: string;
  /** Counts of findings by severity, for list views. */
  findings: { error: number; warning: number; info: number };
  /** The id of the document this one is a near-duplicate of, if any. */
  duplicateOf: number | null;
}

export interface SearchQuery {
  q?: string;
  /** A name or knowledge-base id; names are resolved through the knowledge base. */
  entity?: string;
  /** Entity type filter (PERSON, ORG, GPE, ...), with `entity`. */
  type?: string;
  from?: string;
  to?: string;
  hasFindings?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchHit extends DocumentRow {
  /** Text around the match with the matched terms between « and ». */
  snippet: string;
  rank: number;
}

export interface EntityProfile {
  key: string;
  name: string;
  type: string;
  kb: string | null;
  articles: { id: number; title: string | null; published: string | null }[];
  perMonth: { month: string; count: number }[];
  coOccurring: { key: string; name: string; type: string; count: number }[];
  figures: { docId: number; figureId: string; value: number | null; unit: string | null; measure: string; time: string | null; sentence: string; contradicted: boolean }[];
}

export interface Contradiction {
  /** A finding naming both articles and both sentences. */
  finding: Finding;
  subject: string;
  measure: string;
  time: string | null;
  a: { docId: number; title: string | null; figureId: string; value: number; sentence: string };
  b: { docId: number; title: string | null; figureId: string; value: number; sentence: string };
}

export interface TimelineRow {
  docId: number;
  title: string | null;
  value: string;
  summary: string;
  entities: string[];
}

export interface AddResult {
  id: number;
  /** False when a document with the same content hash was already stored. */
  created: boolean;
  duplicateOf: number | null;
}

export interface Store {
  /** Brings the schema to the latest version (idempotent). */
  migrate(): Promise<void>;
  addDocument(input: { brief: Brief; raw: Buffer; name: string }): Promise<AddResult>;
  getDocument(id: number): Promise<DocumentRow | null>;
  getBrief(id: number): Promise<Brief | null>;
  /** The original input, as it was given (decompressed). */
  getRaw(id: number): Promise<{ name: string; bytes: Buffer } | null>;
  replaceBrief(id: number, brief: Brief): Promise<void>;
  search(q: SearchQuery): Promise<{ total: number; hits: SearchHit[] }>;
  entityProfile(key: string): Promise<EntityProfile | null>;
  contradictions(opts?: { limit?: number; offset?: number }): Promise<Contradiction[]>;
  timeline(opts?: { from?: string; to?: string; entity?: string }): Promise<TimelineRow[]>;
  ids(): Promise<number[]>;
  close(): Promise<void>;
}
