// figures.future-date: a date after the article's own date, told as something that already
// happened ("On July 13, 2031, the agency published ..."), is a typo or a wrong date.
import type { Finding, Span, TimeExpr } from '../brief/types.js';
import type { Doc } from '../core/doc.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = MONTHS.join('|');
const PAST = /\b(was|were|had|did|took place|happened|occurred|ago|published|released|announced|said|reported|held|signed|began|ended|died|killed|won|lost|voted|ordered|launched|revealed|showed|conducted|elected|saw)\b/i;
const NOT_PAST = /\b(will|would|shall|is due|are due|is expected|are expected|scheduled|plans?|planned|planning|next|until|by|forecasts?|predicts?|projected|target|aims?|could|may|might|should|to be)\b/i;

/** Explicit dates in the text when no time stage ran: "July 13, 2024", "13 July 2024", "March 2022". */
export function explicitDates(text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  const re = new RegExp(String.raw`\b(?:(\d{1,2})\s+(${MONTH_RE})\s+(\d{4})|(${MONTH_RE})\s+(\d{1,2}),?\s+(\d{4})|(${MONTH_RE})\s+(\d{4}))\b`, 'gi');
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 10000) {
    const mon = (s: string) => String(MONTHS.indexOf(s.toLowerCase()) + 1).padStart(2, '0');
    let value: string;
    if (m[1]) value = `${m[3]}-${mon(m[2])}-${m[1].padStart(2, '0')}`;
    else if (m[4]) value = `${m[6]}-${mon(m[4])}-${m[5].padStart(2, '0')}`;
    else value = `${m[8]}-${mon(m[7])}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
  return out;
}

/** The date of the value's first day and whether it begins after `published` (YYYY-MM-DD). */
function after(value: string, published: string): boolean {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return false;
  const start = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return start > published.slice(0, 10);
}

export function checkFutureDates(doc: Doc, sentences: readonly Span[], date?: string): Finding[] {
  const published = date ?? (doc.meta.publishedEstimated ? null : doc.meta.published);
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return [];
  const times = doc.maybe('times') ?? explicitDates(doc.text);
  const out: Finding[] = [];
  for (const t of times) {
    if (t.type !== 'DATE' || !after(t.value, published)) continue;
    const s = sentences.find((x) => x.start <= t.start && x.end >= t.end);
    if (!s) continue;
    const sentence = doc.text.slice(s.start, s.end);
    if (!PAST.test(sentence) || NOT_PAST.test(sentence)) continue;
    out.push({
      rule: 'figures.future-date', severity: 'warning',
      message: `"${doc.text.slice(t.start, t.end)}" is after the article's date (${published.slice(0, 10)}) but is told as past.`,
      spans: [{ start: t.start, end: t.end }], expected: `<= ${published.slice(0, 10)}`, actual: t.value,
    });
  }
  return out;
}
