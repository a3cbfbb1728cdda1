// "800m", "1500m", "60m hurdles": in sport, a standard race distance with a glued "m" names an event
// in metres; it is not millions and not a stated quantity. Only with a sporting word beside it and
// no currency before it, so "the £800m deal" and "a 50m loan" stay amounts of money.
import { CURRENCY_SYMBOLS } from './lexicon.js';
import type { TextView } from './text-view.js';

/** The distances of athletics and swimming events (metres). */
const RACE_DISTANCES: ReadonlySet<number> = new Set([50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);

/** Words after a distance that make it a race: "100m champion", "800m title", "60m hurdles". */
const RACE_AFTER: ReadonlySet<string> = new Set([
  'champion', 'champions', 'championship', 'championships', 'title', 'titles', 'gold', 'silver', 'bronze', 'medal',
  'medals', 'medallist', 'medalist', 'final', 'finals', 'semi-final', 'semi-finals', 'heat', 'heats', 'race', 'races',
  'record', 'records', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay', 'relays',
  'sprint', 'sprinter', 'sprinters', 'runner', 'runners', 'runner-up', 'winner', 'victory', 'win', 'crown', 'double',
  'event', 'steeplechase', 'personal', 'season', 'indoor', 'outdoor', 'olympic', 'world', 'european',
]);

/** Words right before a distance (or before "the" and a distance) that make it a race: "the men's
 *  400m", "Olympic 800m". */
const RACE_BEFORE: ReadonlySet<string> = new Set(["men's", "women's", 'men’s', 'women’s', 'olympic', 'indoor', 'outdoor']);

/** Verbs that make "the" and a distance a race ("won the 1500m"); without "the", "won 200m" may be money. */
const RACE_VERBS: ReadonlySet<string> = new Set(['won', 'wins', 'win', 'winning', 'ran', 'run', 'runs', 'running', 'raced', 'racing', 'contest', 'contested']);

const GLUED_M = /^(\d{1,2},?\d{3}|\d{2,5})m$/;

/** Whether token i is a race distance ("800m" in "the 800m title"). */
export function isRaceDistance(v: TextView, i: number, first: number, last: number): boolean {
  const m = GLUED_M.exec(v.word(i));
  if (!m || !RACE_DISTANCES.has(Number(m[1].replace(',', '')))) return false;
  // No currency before it ("£800m", "US$ 800m").
  if (i > first && CURRENCY_SYMBOLS[v.word(i - 1)]) return false;
  // A sporting word after it, perhaps after a second distance: "800m and 1500m double".
  let j = i + 1;
  if ((v.lower(j) === 'and' || v.lower(j) === 'or' || v.lower(j) === '/') && j + 1 < last && GLUED_M.test(v.word(j + 1))) j += 2;
  if (j < last && RACE_AFTER.has(v.lower(j))) return true;
  // Or before it: "the women's 800m", "won the 1500m".
  let k = i - 1;
  const the = k >= first && v.lower(k) === 'the';
  if (the) k--;
  if (k >= first && (RACE_BEFORE.has(v.lower(k)) || (the && RACE_VERBS.has(v.lower(k))))) return true;
  // "men 's" split by the tokenizer
  return k - 1 >= first && /^['’]s$/.test(v.lower(k)) && /^(wo)?men$/.test(v.lower(k - 1));
}
