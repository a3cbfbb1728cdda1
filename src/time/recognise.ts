// Finds temporal expressions in a text and normalises them against the document date.
import type { TimeExpr } from '../brief/types.js';
import type { Ymd } from './calendar.js';
import type { Candidate, NormEnv } from './env.js';
import { RULES } from './rules.js';
import { tenseAt } from './tense.js';

export interface RecogniseOptions {
  dct: Ymd | null;
  dayFirst?: boolean;
  /** Texts longer than this are cut (hostile input must not run forever). */
  maxLength?: number;
}

export interface FoundTime extends TimeExpr {
  rule: string;
  weekday?: number;
}

/** Every rule's matches, before overlaps are settled. */
export function candidates(text: string, maxLength = 2_000_000): Candidate[] {
  const src = text.length > maxLength ? text.slice(0, maxLength) : text;
  const out: Candidate[] = [];
  for (const rule of RULES) {
    const re = new RegExp(rule.re.source, rule.re.flags);
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(src)) !== null && guard++ < 100_000) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // no expression runs across a paragraph break
      const c = /\n\s*\n/.test(m[0]) ? null : rule.build(m, src);
      if (c && c.end > c.start) out.push({ ...c, rule: rule.name });
      // let a rule find a shorter match that starts inside a rejected longer one
      if (!c) re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** Longest match wins; among equals, the earlier rule. */
export function selectNonOverlapping(cands: Candidate[]): Candidate[] {
  const order = new Map(RULES.map((r, i) => [r.name, i]));
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (order.get(a.rule)! - order.get(b.rule)!) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function recognise(text: string, opts: RecogniseOptions): FoundTime[] {
  const env: NormEnv = {
    dct: opts.dct,
    dayFirst: opts.dayFirst ?? false,
    tense: (pos) => tenseAt(text, pos),
    before: (pos) => text.slice(Math.max(0, pos - 16), pos),
    lastQuarter: null,
    lastDate: null,
  };
  const out: FoundTime[] = [];
  for (const c of selectNonOverlapping(candidates(text, opts.maxLength))) {
    const r = c.resolve(env);
    const d = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(r.value);
    if (d && c.type === 'DATE') env.lastDate = { y: +d[1], m: d[2] ? +d[2] : undefined, d: d[3] ? +d[3] : undefined, at: c.start };
    const t: FoundTime = { start: c.start, end: c.end, type: c.type, value: r.value, anchor: r.anchor, rule: c.rule };
    if (r.precision) t.precision = r.precision;
    if (c.weekday !== undefined) t.weekday = c.weekday;
    out.push(t);
  }
  return out;
}
