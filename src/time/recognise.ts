// Finds temporal expressions in a text and normalises them against the document date.
import type { TimeExpr } from '../brief/types.js';
import type { Ymd } from './calendar.js';
import type { Candidate, NormEnv } from './env.js';
import { RULES } from './rules.js';
import { pastPerfectAt, tenseAt } from './tense.js';
import { afterTheRules } from './after-the.js';
import { isSpace } from '../core/whitespace.js';
import { DIGIT, DIGIT_RUN, NEEDS_UNIT, PREFIX_STARTS, QUOTE, startIndex, UNIT_REACH, UNIT_WORDS } from './triggers.js';

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

/** Each rule's pattern, anchored (sticky) so that it is tried at one offset at a time. */
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y'));
const STARTS = startIndex(RULES.map((r) => r.name));
const NEEDS_UNIT_RULE = RULES.map((r) => NEEDS_UNIT.has(r.name));
/** Prefix start words by their first three letters (all are at least three long), as an index
 *  into PREFIX_LISTS by the three letters' places in the alphabet (-1: none). */
const PREFIX_LISTS: string[][] = [];
const PREFIXES = new Int16Array(26 * 26 * 26).fill(-1);
const letterIndex = (c: number): number => (c | 32) - 97;
for (const p of PREFIX_STARTS) {
  const k = letterIndex(p.charCodeAt(0)) * 676 + letterIndex(p.charCodeAt(1)) * 26 + letterIndex(p.charCodeAt(2));
  if (PREFIXES[k] < 0) {
    PREFIXES[k] = PREFIX_LISTS.length;
    PREFIX_LISTS.push([]);
  }
  PREFIX_LISTS[PREFIXES[k]].push(p);
}

/** The words the scan looks up, by a hash of their letters (no string is built per word). */
interface WordEntry {
  word: string;
  rules: number[] | undefined;
  unit: boolean;
}
/** The hash of the letters s[i, j), any case (the scan computes it as it reads a word). */
const hashLetters = (s: string, i: number, j: number): number => {
  let h = 0;
  for (let k = i; k < j; k++) h = (Math.imul(h, 31) + (s.charCodeAt(k) | 32)) | 0;
  return h;
};
const WORDS = new Map<number, WordEntry[]>();
for (const w of new Set([...STARTS.keys(), ...UNIT_WORDS, 'the'])) {
  if (!/^[a-z]+$/.test(w)) continue;
  const h = hashLetters(w, 0, w.length);
  WORDS.set(h, [...(WORDS.get(h) ?? []), { word: w, rules: STARTS.get(w), unit: UNIT_WORDS.has(w) }]);
}
/** The low bits of the looked-up words' hashes: one read rules out nearly every other word. */
const WORD_FILTER = new Uint8Array(1 << 16);
for (const h of WORDS.keys()) WORD_FILTER[h & 0xffff] = 1;
const LONGEST_WORD = Math.max(...[...WORDS.values()].flat().map((e) => e.word.length));
/** Whether src at i spells word (lower case letters) in any case. */
function sameLower(src: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((src.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
/** The looked-up word that the letter run src[i, j) spells, if any, given the run's hash. */
function wordAt(src: string, i: number, j: number, h: number): WordEntry | undefined {
  if (j - i > LONGEST_WORD || WORD_FILTER[h & 0xffff] === 0) return undefined;
  const list = WORDS.get(h);
  if (list) for (const e of list) if (e.word.length === j - i && sameLower(src, i, e.word)) return e;
  return undefined;
}
const THE_RULES = STARTS.get('the') ?? [];
/** The rules a "the" lets through, by the word starting at an offset. */
const rulesAfterThe = afterTheRules(
  THE_RULES.map((r) => RULES[r].name),
  THE_RULES,
);
/** The rules a start on a digit is tried for, by the length of the digit run (at most 5). */
const DIGIT_RULES = [0, 1, 2, 3, 4, 5].map((len) => (STARTS.get(DIGIT) ?? []).filter((r) => DIGIT_RUN[RULES[r].name]?.includes(len) ?? true));
const QUOTE_RULES = STARTS.get(QUOTE);

const PARAGRAPH_BREAK = /\n\s*\n/;
/** A news round-up turns to its next item with "Separately," or "In a separate ...". */
const NEW_STORY = /(?:^|[.!?\n]\s*)(?:Separately|In\s+a\s+separate\b)/;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The characters before which a rule's leading (?<![\w']) forbids a match to start. */
const isWordish = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95 || c === 39;

/**
 * For each rule, the offsets where one of its start words begins (ascending). A match can only
 * start after a non-word character (every pattern opens with (?<![\w'])) on a letter, a digit
 * or an apostrophe, and only on a word the rule lists in triggers.ts.
 */
export function startOffsets(src: string): number[][] {
  const at: number[][] = RULES.map(() => []);
  const stamp = new Int32Array(RULES.length).fill(-1);
  // starts of the rules that need a unit wait (rule, offset, word number) until the units are known
  const gated: number[] = [];
  let tok = 0;
  const unitToks: number[] = [];
  const add = (rules: readonly number[] | undefined, pos: number, tok: number): void => {
    if (!rules) return;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k];
      if (stamp[r] === pos) continue;
      stamp[r] = pos;
      if (NEEDS_UNIT_RULE[r]) gated.push(r, pos, tok);
      else at[r].push(pos);
    }
  };
  const n = src.length;
  let prevWordish = false;
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (prevWordish) {
      prevWordish = isWordish(c);
      continue;
    }
    tok++;
    // (| 32 maps exactly the capitals A-Z into a-z: one test for isLetter)
    const lc = c | 32;
    if (lc >= 97 && lc <= 122) {
      // the letter run, hashed as it is read (as far as the longest looked-up word)
      let j = i + 1;
      let h = lc;
      for (; j < n; j++) {
        const d = src.charCodeAt(j) | 32;
        if (d < 97 || d > 122) break;
        if (j - i < LONGEST_WORD) h = (Math.imul(h, 31) + d) | 0;
      }
      const e = wordAt(src, i, j, h);
      if (e !== undefined) {
        if (e.unit) unitToks.push(tok);
        if (e.word === 'the') {
          let k = j;
          while (k < n && k < j + 200 && isSpace(src.charCodeAt(k))) k++;
          add(k === j + 200 ? THE_RULES : rulesAfterThe(src, k), i, tok);
        } else add(e.rules, i, tok);
      }
      if (j - i > 3) {
        const p = PREFIXES[(lc - 97) * 676 + letterIndex(src.charCodeAt(i + 1)) * 26 + letterIndex(src.charCodeAt(i + 2))];
        if (p >= 0) {
          for (const w of PREFIX_LISTS[p]) {
            if (j - i <= w.length || !sameLower(src, i, w)) continue;
            if (w !== 'the') add(STARTS.get(w), i, tok);
            // "themorning": only the day-part rule lets "the" run into the next word
            else if (/[maen]/i.test(src[i + 3])) add(rulesAfterThe(src, i + 3), i, tok);
          }
        }
      }
      // the rest of the letter run cannot start a match; resume on its last letter
      i = j - 1;
      prevWordish = true;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && isDigit(src.charCodeAt(j))) j++;
      add(DIGIT_RULES[Math.min(j - i, 5)], i, tok);
      prevWordish = true;
    } else if (c === 39) {
      add(QUOTE_RULES, i, tok);
      prevWordish = true;
    } else prevWordish = c === 95;
  }
  // the first unit at or after each word number
  const nextUnit = new Int32Array(tok + 2);
  for (let t = tok + 1, u = unitToks.length - 1, next = 0x7fffffff; t >= 0; t--) {
    while (u >= 0 && unitToks[u] >= t) next = unitToks[u--];
    nextUnit[t] = next;
  }
  for (let k = 0; k < gated.length; k += 3) if (nextUnit[gated[k + 2]] - gated[k + 2] <= UNIT_REACH) at[gated[k]].push(gated[k + 1]);
  return at;
}

/** Every rule's matches, before overlaps are settled. */
export function candidates(text: string, maxLength = 2_000_000): Candidate[] {
  const src = text.length > maxLength ? text.slice(0, maxLength) : text;
  const out: Candidate[] = [];
  const offsets = startOffsets(src);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    const re = STICKY[r];
    // the same walk a global regex makes: after a kept match go on from its end, after a
    // rejected one from the next offset (a shorter match may start inside it)
    let from = 0;
    for (const pos of offsets[r]) {
      if (pos < from) continue;
      re.lastIndex = pos;
      const m = re.exec(src);
      if (m === null || m[0].length === 0) continue;
      // no expression runs across a paragraph break
      const c = PARAGRAPH_BREAK.test(m[0]) ? null : rule.build(m, src);
      // (one object shape for every rule's candidates: the builders' results differ)
      if (c && c.end > c.start) out.push({ start: c.start, end: c.end, type: c.type, rule: rule.name, weekday: c.weekday, resolve: c.resolve });
      from = c ? m.index + m[0].length : pos + 1;
    }
  }
  return out;
}

/** Each rule's place in RULES, by name. */
const RULE_ORDER = new Map(RULES.map((r, i) => [r.name, i]));

/** Longest match wins; among equals, the earlier rule. */
export function selectNonOverlapping(cands: Candidate[]): Candidate[] {
  // each candidate's rule place, looked up once rather than in every comparison
  const order = cands.map((c) => RULE_ORDER.get(c.rule)!);
  const byIndex = cands.map((_, i) => i);
  byIndex.sort((i, j) => {
    const a = cands[i];
    const b = cands[j];
    return b.end - b.start - (a.end - a.start) || order[i] - order[j] || a.start - b.start;
  });
  const sorted = byIndex.map((i) => cands[i]);
  const taken: Candidate[] = [];
  // the characters already covered: a candidate is checked against its own span only, so
  // dense texts stay linear (comparing with every kept one was quadratic)
  const end = sorted.reduce((m, c) => Math.max(m, c.end), 0);
  const covered = new Uint8Array(end);
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (covered[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The stage recognises a text twice when it has no date (once to estimate the date, once to
 * reckon against it): the expressions do not depend on the date, so the last text's are kept.
 */
let last: { text: string; maxLength: number; found: Candidate[] } | null = null;
function selected(text: string, maxLength: number): Candidate[] {
  if (last && last.maxLength === maxLength && last.text === text) return last.found;
  const found = selectNonOverlapping(candidates(text, maxLength));
  last = { text, maxLength, found };
  return found;
}

export function recognise(text: string, opts: RecogniseOptions): FoundTime[] {
  let scanned = 0;
  const env: NormEnv = {
    dct: opts.dct,
    dayFirst: opts.dayFirst ?? false,
    tense: (pos) => tenseAt(text, pos),
    pastPerfect: (pos) => pastPerfectAt(text, pos),
    before: (pos) => text.slice(Math.max(0, pos - 16), pos),
    lastQuarter: null,
    topicQuarter: null,
    // offsets only grow as the text is read, so each stretch is searched once (linear in all)
    newStory: (from, to) => {
      const start = Math.max(from, scanned - 24);
      scanned = Math.max(scanned, to);
      return to > start && NEW_STORY.test(text.slice(start, to));
    },
    lastDate: null,
  };
  const out: FoundTime[] = [];
  for (const c of selected(text, opts.maxLength ?? 2_000_000)) {
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
