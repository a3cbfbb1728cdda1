// The published date: the head's machine date, reconciled with what the page shows its readers
// (a dateline under the headline) and with the date in its URL.
import type { Meta } from '../brief/types.js';
import { urlDate, writtenDates } from './dates.js';

/** A visible date line near the headline and the date read from it. */
export interface Dateline {
  date: string;
  line: string;
  /** How many blocks it stands from the headline; null when no headline was found. */
  fromHeadline: number | null;
}

/** A dateline that says when the page was revised, not when it came out. */
const UPDATE_LABEL = /updated|modified|revised|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|обновлено/i;
/** Further than this many blocks from the headline, a date belongs to the article's text, not its dateline. */
const MAX_BLOCKS_FROM_HEADLINE = 4;
/** Longer than this, a line is a sentence that mentions a date, not a dateline. */
const MAX_DATELINE_WORDS = 12;

const DAY_MS = 86_400_000;

/**
 * Whether a timestamp's day can differ by `gap` (±1) from its publisher's local day: only a time in
 * UTC or without an offset can, and only when some offset from −10 to +14 hours carries it across midnight.
 */
function shiftable(stamp: string, gap: number): boolean {
  const m = /T(\d{2}):\d{2}(?::\d{2})?(Z|[+-]00:?00)?$/.exec(stamp);
  if (!m || (stamp.length > 19 && !m[2])) return false;
  const hour = +m[1];
  return gap < 0 ? hour < 10 : hour >= 10;
}

function dayGap(a: string, b: string): number {
  return Math.round((Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS);
}

/**
 * Settles meta.published. The head's date is kept when the page's visible dateline agrees with it
 * (any date on that line, either reading of a numeric one), or when the line is an update notice or
 * shows the head's modified date. Else the dateline wins: one day off a timestamp is the publisher's
 * local day of a UTC time; further off, the head holds a re-publication or migration date the page
 * itself does not show. The URL's date, formed from the local day, settles a one-day gap the same way.
 */
export function settleDates(meta: Meta, dateline: Dateline | null, pageUrl?: string): void {
  const pub = meta.published;
  if (!pub) {
    if (dateline) meta.published = dateline.date;
    return;
  }
  const day = pub.slice(0, 10);
  const url = urlDate(meta.url) ?? urlDate(pageUrl);
  if (url && url !== day && Math.abs(dayGap(url, day)) === 1 && shiftable(pub, dayGap(url, day))) {
    meta.published = url;
    return;
  }
  if (!dateline || dateline.fromHeadline === null || dateline.fromHeadline > MAX_BLOCKS_FROM_HEADLINE) return;
  const shown = writtenDates(dateline.line);
  if (!shown.length || shown.includes(day)) return;
  if (UPDATE_LABEL.test(dateline.line) || dateline.line.split(/\s+/).length > MAX_DATELINE_WORDS) return;
  if (meta.modified && shown.includes(meta.modified.slice(0, 10))) return;
  const gap = dayGap(dateline.date, day);
  if (Math.abs(gap) === 1 && !shiftable(pub, gap)) return;
  meta.published = dateline.date;
}
