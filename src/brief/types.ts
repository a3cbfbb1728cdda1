// The Brief (schema `dossier.brief/1`): the public output of `dossier analyze`.
// Every span is [start, end) in UTF-16 code units of `text`.

export const BRIEF_SCHEMA_ID = 'dossier.brief/1';

export interface Span {
  start: number;
  end: number;
}

export interface Meta {
  title: string | null;
  subtitle: string | null;
  byline: string[];
  published: string | null;
  /** True when `published` was estimated from the text rather than stated. */
  publishedEstimated?: boolean;
  modified?: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  /** Where the input came from (a path, a URL or "-"). */
  source?: string | null;
}

export type BlockKind =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'table-row'
  | 'footnote'
  | 'preformatted';

export interface Block extends Span {
  kind: BlockKind;
  /** Footnote number, for footnote blocks and markers tied to them. */
  note?: string;
  /** For a footnote: the spans of its markers in the body ("(1)" in "vehicles(1)"). */
  markers?: Span[];
  /** Where the block came from in the source HTML (character offsets of the source). */
  source?: { start: number; end: number; path?: string };
}

export type EntityType =
  | 'PER'
  | 'ORG'
  | 'LOC'
  | 'MISC'
  | 'PERSON'
  | 'GPE'
  | 'NORP'
  | 'FACILITY'
  | 'EVENT'
  | 'MILITARY_UNIT';

export interface Mention extends Span {
  type: string;
  entity: string | null;
  /** How the mention was found: tagger, role, pronoun, acronym, kb. */
  via?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  /** `date`: for events, the start date the knowledge base knows (ISO), e.g. for anchoring times. */
  kb?: { id: string; confidence: number; label?: string; description?: string; date?: string } | null;
  aliases: string[];
  mentions: number;
  salience: number;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span {
  type: TimeType;
  value: string;
  /** What the value was reckoned from: "dct", "text:<offset>", "absolute". */
  anchor?: string;
  precision?: 'day' | 'month' | 'year' | 'week' | 'season' | 'quarter' | 'decade' | 'century' | 'time' | 'vague';
}

export interface TimelineEntry extends Span {
  value: string;
  precision?: string;
  summary: string;
  entities: string[];
}

export interface Figure extends Span {
  id: string;
  value: number | null;
  low?: number;
  high?: number;
  unit?: string;
  approx?: 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'up-to' | string;
  measure: string;
  /** The head noun of the measure ("personnel" in "military personnel"). */
  head?: string;
  subject?: string | null;
  qualifier?: string | null;
  time?: string | null;
  source?: string | null;
  derived?: boolean;
  partOf?: string | null;
  parts?: string[];
}

export type QuoteKind = 'direct' | 'indirect' | 'scare';

export interface Quote extends Span {
  kind: QuoteKind;
  speaker?: string | null;
  /** The entity id of the speaker, when resolved. */
  speakerEntity?: string | null;
  cue?: string | null;
  via?: string | null;
  /** The span of the reported content, when it differs from the whole quote span. */
  content?: Span;
}

export type ClaimKind = 'quantitative' | 'causal' | 'comparison' | 'prediction' | 'intent';

export interface Claim extends Span {
  score: number;
  label: 'Yes' | 'No';
  kinds: ClaimKind[];
  attribution: 'named' | 'vague' | 'none';
  source?: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  spans: Span[];
  expected?: number | string | null;
  actual?: number | string | null;
  /** Ids of the figures, entities or other items the finding is about. */
  refs?: string[];
}

export interface Brief {
  schema: typeof BRIEF_SCHEMA_ID;
  meta: Meta;
  text: string;
  blocks: Block[];
  sentences: Span[];
  entities: Entity[];
  mentions: Mention[];
  times: TimeExpr[];
  timeline: TimelineEntry[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
  findings: Finding[];
}
