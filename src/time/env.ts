// What normalisation reckons from: the document date, the reading conventions of the page and
// the reference time that moves as the text names periods (a quarter named earlier, ...).
import type { TimeExpr } from '../brief/types.js';
import type { Ymd } from './calendar.js';

export type Tense = 'past' | 'present' | 'future';

export interface NormEnv {
  /** The document creation time; null when it is unknown (values then keep X placeholders). */
  dct: Ymd | null;
  /** Read 03/04/2024 as 3 April (outside the US) rather than March 4. */
  dayFirst: boolean;
  /** The tense of the clause around a character offset. */
  tense(pos: number): Tense;
  /** Whether the clause around a character offset is in the past perfect ("had filed"). */
  pastPerfect?(pos: number): boolean;
  /** The words just before a character offset (for "until Tuesday", "since March"). */
  before(pos: number): string;
  /** The last quarter the text named (for "a year earlier" in a quarterly report). */
  lastQuarter: { y: number; q: number; at: number } | null;
  /**
   * The quarter a report is about: the first one the text names that ended in the year before the DCT. An
   * earnings story leads with it, and its "a year ago", "the year-earlier period" and "the latest
   * quarter" keep referring to it while other quarters ("a weak second quarter", "fourth-quarter
   * prospects") are named in passing.
   */
  topicQuarter?: { y: number; q: number; at: number } | null;
  /** Whether the text turns to another story between two offsets ("Separately, ..."). */
  newStory?(from: number, to: number): boolean;
  /** The last calendar date the text named (for "that year", "later that day"). */
  lastDate: { y: number; m?: number; d?: number; at: number } | null;
}

export type Precision = NonNullable<TimeExpr['precision']>;

export interface Resolved {
  value: string;
  precision?: Precision;
  /** "dct", "absolute", "text:<offset>" (a period named earlier), "event" (a named event) or "none". */
  anchor: string;
}

/** One recognised expression before normalisation: a span, a type and a way to reckon its value. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeExpr['type'];
  rule: string;
  /** A weekday the expression states alongside a full date ("Friday, July 12"), 0 = Sunday. */
  weekday?: number;
  resolve(env: NormEnv): Resolved;
}
