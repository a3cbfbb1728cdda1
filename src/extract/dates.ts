// Dates as pages write them, normalised to ISO 8601: machine forms (2024-03-05T10:00:00+01:00),
// written forms ("5 March 2024", "March 5, 2024", "05.03.2024"), and dates in URL paths.

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari', 'января', 'январь', 'stycznia'],
  ['feb', 'february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля', 'февраль', 'lutego'],
  ['mar', 'march', 'mars', 'märz', 'marz', 'marzo', 'março', 'maart', 'марта', 'март', 'marca'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'апреля', 'апрель', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'мая', 'май', 'maja'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'июня', 'июнь', 'czerwca'],
  ['jul', 'july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'июля', 'июль', 'lipca'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'augustus', 'августа', 'август', 'sierpnia'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'setembro', 'сентября', 'сентябрь', 'września'],
  ['oct', 'october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'октября', 'октябрь', 'października'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'listopada'],
  ['dec', 'december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'декабрь', 'grudnia'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function ymd(y: number, m: number, d: number): string | null {
  return validYmd(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Normalises a machine or written date to ISO 8601 (date, or date-time with its offset); null if not a date. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 200);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  if (m) {
    const day = ymd(+m[1], +m[2], +m[3]);
    if (!day) return null;
    if (!m[4]) return day;
    const tz = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${tz}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/.exec(t);
  if (compact && /^\d{8}(?:\D|$)/.test(t)) return ymd(+compact[1], +compact[2], +compact[3]);
  if (/^\d{10,13}$/.test(t)) {
    const ms = t.length === 13 ? +t : +t * 1000;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return writtenDate(t);
}

const WRITTEN = [
  // 5 March 2024, 5. März 2024, 5 de marzo de 2024, 5 марта 2024
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u,
  // March 5, 2024 / Mar. 5th 2024
  /(?<!\p{L})(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u,
  // 05.03.2024, 05/03/2024 (day first: the common order outside the US); 2024/03/05
  /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/,
  // 2024/03/05, 2024.03.05, and the ISO form 2024-03-05 pages print as it is
  /(?<![\d-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])/,
];

/** Finds a written date in a short text ("Published 5 March 2024"); null if none. */
export function writtenDate(t: string): string | null {
  let m = WRITTEN[0].exec(t);
  if (m) {
    const mon = MONTHS[m[2].toLowerCase()];
    if (mon) {
      const r = ymd(+m[3], mon, +m[1]);
      if (r) return r;
    }
  }
  m = WRITTEN[1].exec(t);
  if (m) {
    const mon = MONTHS[m[1].toLowerCase()];
    if (mon) {
      const r = ymd(+m[3], mon, +m[2]);
      if (r) return r;
    }
  }
  m = WRITTEN[3].exec(t);
  if (m) {
    const r = ymd(+m[1], +m[3], +m[4]);
    if (r) return r;
  }
  m = WRITTEN[2].exec(t);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    // Month first only when the first number cannot be a month day order otherwise.
    return b > 12 ? ymd(+m[3], a, b) : ymd(+m[3], b, a);
  }
  return null;
}

/** A date in a URL path: /2024/03/05/, /2024-03-05-, /20240305/. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html|$)/.exec(url) ?? /[/_-](\d{4})(\d{2})(\d{2})[/_.-]/.exec(url);
  return m ? ymd(+m[1], +m[2], +m[3]) : null;
}

/** WRITTEN with the global flag, for finding every date in a line (built once). */
const WRITTEN_ALL = WRITTEN.map((re) => new RegExp(re.source, re.flags + 'g'));

/**
 * Every date a short text could be saying, in order: each written date in it, and both readings of
 * a numeric date whose day and month could be either way round ("09.10.2024").
 */
export function writtenDates(t: string): string[] {
  const out = new Set<string>();
  for (const m of t.matchAll(WRITTEN_ALL[0])) {
    const mon = MONTHS[m[2].toLowerCase()];
    const r = mon ? ymd(+m[3], mon, +m[1]) : null;
    if (r) out.add(r);
  }
  for (const m of t.matchAll(WRITTEN_ALL[1])) {
    const mon = MONTHS[m[1].toLowerCase()];
    const r = mon ? ymd(+m[3], mon, +m[2]) : null;
    if (r) out.add(r);
  }
  for (const m of t.matchAll(WRITTEN_ALL[3])) {
    const r = ymd(+m[1], +m[3], +m[4]);
    if (r) out.add(r);
  }
  for (const m of t.matchAll(WRITTEN_ALL[2])) {
    for (const r of [ymd(+m[3], +m[2], +m[1]), ymd(+m[3], +m[1], +m[2])]) if (r) out.add(r);
  }
  return [...out];
}
