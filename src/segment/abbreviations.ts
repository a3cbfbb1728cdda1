// Abbreviations that end in a full stop without ending a sentence.

/** Titles and forms that are always followed by more of the same sentence ("Mr. Smith", "Jan. 5"). */
export const NON_TERMINAL = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'gov',
    'sen', 'rep', 'pres', 'rev', 'hon', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'no', 'nos', 'vol', 'vols', 'pp',
    'fig', 'figs', 'art', 'sec', 'ch', 'para', 'approx', 'est', 'vs', 'v', 'cf', 'ca', 'al', 'op', 'ed', 'eds',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'e.g', 'i.e', 'etc.,', 'atty', 'supt', 'insp', 'det', 'cpl', 'pte', 'pvt', 'brig', 'messrs', 'mme', 'mlle',
    'dept', 'univ', 'assn', 'bros', 'inc.,', 'corp.,',
  ],
);

/** Abbreviations that may end a sentence ("in the U.S." then a new sentence). */
export const MAYBE_TERMINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'etc', 'a.m', 'p.m', 'd.c',
  'l.a', 'n.y', 'jr', 'sr', 'bros', 'no', 'al',
]);

/** Capitalised words that, after a maybe-terminal abbreviation, start a new sentence. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'or', 'so', 'yet', 'however', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'as', 'after',
  'before', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'both', 'all', 'no', 'not',
  'what', 'who', 'which', 'why', 'how', 'meanwhile', 'also', 'still', 'since', 'although', 'though', 'one',
  'last', 'earlier', 'later', 'then', 'now', 'today', 'yesterday', 'by', 'with', 'from', 'under', 'more',
]);
