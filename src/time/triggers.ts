// Which words can begin a match of each rule. Matching every rule's pattern over the whole text
// (or at every position) is what made this stage slow; instead the text is cut into candidate
// starts (a letter run, a digit or an apostrophe after a non-word character) and a rule's
// anchored pattern is tried only where the first word is one of its start words. The lists must
// be complete — a word missing here silently loses matches — which the tests check against a
// whole-text scan.
import { NUMWORD_RE } from './lexicon.js';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const MONTHS_FULL = 'january february march april may june july august september october november december';
const MONTHS = `${MONTHS_FULL} jan feb mar apr jun jul aug sept sep oct nov dec`;
/** EDGE in rules.ts: "early", "late", "mid-", "the end of". */
const EDGE = 'early late mid the';
const NUMWORDS = (/\(\?:([a-z|]+)\)/.exec(NUMWORD_RE)?.[1] ?? '').split('|').join(' ');
const DUR_LEAD = 'the its their his her a an past last next first final coming previous following latest recent initial remaining same ensuing subsequent entire whole full additional further another other';
const DUR_MOD = 'about nearly almost over more less fewer at up no some roughly approximately around only just barely well under within';

/** '#' stands for a start on a digit, "'" for one on an apostrophe ("the '90s" starts at the quote). */
export const DIGIT = '#';
export const QUOTE = "'";

/** Start words per rule name (lower case). */
export const RULE_STARTS: Record<string, string> = {
  'month-day-year': `${WEEKDAYS} ${EDGE} ${MONTHS}`,
  'day-month-year': `${WEEKDAYS} the #`,
  'week-of': 'the',
  'month-year': `${EDGE} ${MONTHS}`,
  month: `${EDGE} this last next past coming ${MONTHS_FULL} sept`,
  'iso-date': '#',
  'numeric-date': '#',
  year: `${EDGE} #`,
  'fiscal-year': 'fiscal the fy #',
  decade: `${EDGE} # ' twenties thirties forties fifties sixties seventies eighties nineties`,
  century: 'the # eighteenth nineteenth twentieth twenty',
  season: `${EDGE} this last next past coming spring summer autumn fall winter`,
  quarter: 'the this last next fiscal first second third fourth q #',
  'part-of-year': 'the last latter final first',
  'the-quarter': 'the',
  'year-earlier-adj': 'year',
  today: 'the today yesterday tomorrow',
  present: 'now currently presently at nowadays these right current the',
  'past-ref': 'recently lately in the once',
  'future-ref': 'the',
  'shift-unit': `${EDGE} this last next past previous coming`,
  'edge-shift': 'earlier later late early mid the',
  weekday: `this last next past coming early late earlier later the ${WEEKDAYS}`,
  ago: `# ${NUMWORDS} a an one several few many some`,
  'duration-number': `${DUR_LEAD} ${DUR_MOD} # ${NUMWORDS}`,
  'duration-one': `${DUR_LEAD} ${DUR_MOD} one`,
  'duration-vague': 'the these those past last next coming recent previous following early first ensuing subsequent intervening several few a many some more seconds minutes hours days weeks weekends months quarters years decades centuries',
  'the-unit': 'the',
  'event-phase': 'the',
  'set-word': 'daily nightly weekly biweekly monthly yearly hourly',
  'set-each': 'each every per',
  clock: `today yesterday tomorrow ${WEEKDAYS} about around #`,
  'day-part': `this today yesterday tomorrow ${WEEKDAYS} last early late mid the morning afternoon evening night tonight overnight noon midday midnight`,
  'spoken-year': 'the nineteen two',
  holiday: 'last next this new christmas independence halloween valentine thanksgiving labor memorial election',
  'that-unit': 'later earlier that the',
  'month-shift-year': MONTHS_FULL,
  'the-year': 'the year',
  'month-end': 'the',
  'that-quarter': 'that',
};

/**
 * A start on a digit is tried only for the rules whose pattern can open on a run of digits that
 * long (a rule not listed takes any length): "2004" is no day of a month, "12" no year. Each
 * listed pattern reads its leading digits whole (no digit may follow them), so the length of the
 * run at the start settles it. Runs of five or more digits count as five.
 */
export const DIGIT_RUN: Record<string, readonly number[]> = {
  'day-month-year': [1, 2],
  'numeric-date': [1, 2],
  clock: [1, 2],
  century: [2],
  quarter: [1, 4],
  'iso-date': [4],
  year: [4],
  'fiscal-year': [4],
  decade: [4],
};

/** What "the ... of" in EDGE can continue with. */
const EDGE_THE = 'end beginning start middle turn';
const EDGE_NEXT = `early late mid the ${EDGE_THE}`;

/**
 * "the" begins a fifth of all words, so a rule that may start with it is tried there only when
 * the next word (or digit, or quote) begins with one of these. Prefix test: "mid" lets
 * "midwinter" through, "a" lets every word on "a" through; a gate, not a parse.
 */
export const AFTER_THE: Record<string, string> = {
  'month-day-year': EDGE_THE,
  'day-month-year': '#',
  'week-of': 'week',
  'month-year': EDGE_THE,
  month: EDGE_THE,
  year: `${EDGE_THE} year`,
  'fiscal-year': '#',
  decade: `${EDGE_NEXT} # ' twenties thirties forties fifties sixties seventies eighties nineties`,
  century: '# eighteenth nineteenth twentieth twenty',
  season: `${EDGE_NEXT} spring summer autumn fall winter`,
  quarter: 'the this last next # latest current previous same fiscal first second third fourth',
  'part-of-year': 'last latter final first',
  'the-quarter': '# latest most current recent same comparable year prior previous last just fiscal quarter period',
  today: 'day',
  present: 'present',
  'past-ref': 'past',
  'future-ref': 'near distant foreseeable future short long',
  'shift-unit': `${EDGE_THE} past last previous preceding next coming following`,
  'edge-shift': EDGE_THE,
  'duration-number': `${DUR_LEAD} ${DUR_MOD} # ${NUMWORDS}`,
  'duration-one': `${DUR_LEAD} ${DUR_MOD} one`,
  'duration-vague': 'the these those past last next coming recent previous following early first ensuing subsequent intervening several few a many some more seconds minutes hours days weeks weekends months quarters years decades centuries',
  'the-unit': 'weekend week year month',
  'event-phase': 'first early opening initial last final closing',
  'day-part': 'morning afternoon evening night',
  weekday: 'previous preceding following',
  'spoken-year': 'year',
  'that-unit': 'same',
  'the-year': `${EDGE_THE} full whole entire current latest fiscal calendar same past year`,
  'month-end': EDGE_THE,
};

/**
 * Rules whose every match names a unit of time ("three [years] ago", "a [week]") at a word start
 * at most UNIT_REACH words after the match starts: they are tried only where such a unit follows.
 * (The longest lead is "the past no more than twenty four and a half-hour": under 16 words.)
 */
export const NEEDS_UNIT = new Set(['duration-number', 'duration-one', 'ago', 'duration-vague']);
export const UNIT_REACH = 16;
export const UNIT_WORDS = new Set(
  words('second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries'),
);

/** Whether the word after "the" lets the rule through (see AFTER_THE). */
export function afterTheAllows(ruleName: string): (next: string) => boolean {
  const entries = words(AFTER_THE[ruleName] ?? '');
  if (!AFTER_THE[ruleName]) throw new Error(`time rule ${ruleName} starts on "the" but has no AFTER_THE entry`);
  return (next) => entries.some((e) => (e === DIGIT || e === QUOTE ? next === e : next.startsWith(e)));
}

/**
 * Start words that some pattern lets run straight into the next word ("midwinter", "mid-" then
 * \s*, "this\s*morning"): a letter run that merely begins with one of these also counts as it.
 */
export const PREFIX_STARTS = words(`mid early earlier late later this today yesterday tomorrow last the ${WEEKDAYS}`);

/** For each start key, the indices (into rules) of the rules it can begin. */
export function startIndex(ruleNames: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  ruleNames.forEach((name, i) => {
    const starts = RULE_STARTS[name];
    if (starts === undefined) throw new Error(`time rule ${name} has no start words`);
    for (const w of new Set(words(starts))) {
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      list.push(i);
    }
  });
  return map;
}
