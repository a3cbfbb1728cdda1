// Calendar arithmetic on plain (year, month, day) triples, in UTC, so no time zone can shift a date.

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatYmd(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toDate(t: Ymd): Date {
  const dt = new Date(Date.UTC(2000, t.m - 1, t.d));
  dt.setUTCFullYear(t.y);
  return dt;
}

function fromDate(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  const dt = toDate(t);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromDate(dt);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(t: Ymd): number {
  return toDate(t).getUTCDay();
}

/** Days from a to b (b - a). */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const wd = (weekday(t) + 6) % 7; // Monday = 0
  const thursday = addDays(t, 3 - wd);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}

export function formatWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Parses the date part of an ISO-like string (YYYY-MM-DD...), or null. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(t.y, t.m, t.d) ? t : null;
}
