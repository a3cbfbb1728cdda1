// A search box query ("ukraine grain", "\"active personnel\"", "army -navy", "nuclear OR atomic",
// "export*") turned into a safe FTS5 MATCH expression: every word quoted, so no user input
// is read as FTS5 syntax.

const MAX_TERMS = 32;

interface Term { text: string; phrase: boolean; prefix: boolean; neg: boolean; or: boolean }

export function parseQuery(q: string): Term[] {
  const terms: Term[] = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  let pendingOr = false;
  while ((m = re.exec(q.slice(0, 2000))) && terms.length < MAX_TERMS) {
    if (m[2] !== undefined) {
      const words = m[2].match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push({ text: words.join(' '), phrase: true, prefix: false, neg: m[1] === '-', or: pendingOr });
      pendingOr = false;
      continue;
    }
    let w = m[3];
    if (w === 'OR' && terms.length) { pendingOr = true; continue; }
    const neg = w.startsWith('-') && w.length > 1;
    if (neg) w = w.slice(1);
    const prefix = /\*$/.test(w);
    const words = w.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    // "U.S." or "covid-19" are one phrase of their word parts, as the tokenizer sees them.
    terms.push({ text: words.join(' '), phrase: words.length > 1, prefix: prefix && words.length === 1, neg, or: pendingOr });
    pendingOr = false;
  }
  return terms;
}

/** The FTS5 expression, or null when the query has no positive term to match. */
export function toFts5(q: string): string | null {
  const terms = parseQuery(q);
  const quote = (t: Term) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`;
  let expr = '';
  for (const t of terms.filter((x) => !x.neg)) {
    if (!expr) expr = quote(t);
    else expr += t.or ? ` OR ${quote(t)}` : ` AND ${quote(t)}`;
  }
  if (!expr) return null;
  const negs = terms.filter((x) => x.neg);
  if (negs.length) expr = `(${expr})` + negs.map((t) => ` NOT ${quote(t)}`).join('');
  return expr;
}

/** The same query for PostgreSQL's websearch_to_tsquery, which accepts quotes, OR and -. */
export function toWebsearch(q: string): string | null {
  const terms = parseQuery(q);
  if (!terms.some((t) => !t.neg)) return null;
  return terms
    .map((t) => (t.or ? 'OR ' : '') + (t.neg ? '-' : '') + (t.phrase ? `"${t.text}"` : t.text))
    .join(' ');
}
