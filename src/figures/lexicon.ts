// Word lists the figure scanner needs: spelled-out numbers, multipliers, currencies, units,
// approximation cues and the nouns that count people.

/** A lookup table without a prototype, so that words like "constructor" are not found in it. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const SMALL_NUMBERS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

export const TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const MULTIPLIERS: Record<string, number> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
});

/** Fractions written as words: "two-thirds", "a quarter", "half". */
export const FRACTIONS: Record<string, number> = table({
  half: 0.5, 'a half': 0.5, 'one half': 0.5,
  'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
  'a fifth': 0.2, 'one fifth': 0.2, 'one-fifth': 0.2, 'two-fifths': 0.4, 'three-fifths': 0.6, 'four-fifths': 0.8,
  'a tenth': 0.1, 'one tenth': 0.1, 'one-tenth': 0.1,
});

/** Currency symbols written before the number. Longest first when building a pattern. */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', R$: 'BRL',
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
});

/** Currency names written after the number ("1.5 trillion roubles"). */
export const CURRENCY_WORDS: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', naira: 'NGN', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', hryvna: 'UAH',
  'swiss francs': 'CHF', francs: 'CHF', franc: 'CHF', won: 'KRW', rand: 'ZAR', lira: 'TRY', zloty: 'PLN',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', pesos: 'MXN', reais: 'BRL', shekels: 'ILS',
});

/** ISO codes that may stand before or after the number ("USD 5m", "5m EUR"). */
export const ISO_CODES = new Set(['USD', 'EUR', 'GBP', 'RUB', 'UAH', 'JPY', 'CNY', 'CHF', 'INR', 'AUD', 'CAD']);

/** Measurement units after a number, mapped to a canonical unit name. */
export const UNITS: Record<string, string> = table({
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  miles: 'miles', mile: 'miles', metres: 'm', meters: 'm', metre: 'm', meter: 'm', cm: 'cm', mm: 'mm',
  'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', km2: 'km2', hectares: 'ha', acres: 'acres',
  kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', tonnes: 'tonnes', tonne: 'tonnes', tons: 'tonnes', ton: 'tonnes',
  barrels: 'barrels', barrel: 'barrels', litres: 'litres', liters: 'litres', gallons: 'gallons',
  mw: 'MW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', twh: 'TWh', megawatts: 'MW', gigawatts: 'GW',
  mph: 'mph', 'km/h': 'km/h', degrees: 'degrees', 'basis points': 'bp', 'percentage points': 'pp',
  'percentage point': 'pp', points: 'points', point: 'points',
});

/** Time units: a number with one of these is a duration, which the time layer owns. */
export const TIME_UNITS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'quarter', 'quarters', 'am', 'pm', 'a.m.',
  'p.m.', "o'clock", 'years-old', 'nights', 'night', 'weekends', 'mins', 'hrs',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Approximation and bound cues before a number, longest first. */
export const APPROX_CUES: [string, string][] = [
  ['just over', 'over'], ['just under', 'under'], ['just below', 'under'], ['well over', 'over'],
  ['more than', 'over'], ['greater than', 'over'], ['upwards of', 'over'], ['in excess of', 'over'],
  ['less than', 'under'], ['fewer than', 'under'], ['no more than', 'at-most'], ['not more than', 'at-most'],
  ['at least', 'at-least'], ['at most', 'at-most'], ['up to', 'up-to'], ['as many as', 'up-to'],
  ['as much as', 'up-to'], ['close to', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['approximately', 'about'], ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['some', 'about'],
  ['almost', 'under'], ['nearly', 'under'], ['over', 'over'], ['above', 'over'], ['under', 'under'],
  ['below', 'under'], ['circa', 'about'], ['c.', 'about'], ['~', 'about'],
];

/** Nouns that count people: their figures get the unit "people". */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'members', 'member', 'personnel', 'staff', 'employees', 'workers', 'jobs',
  'soldiers', 'troops', 'servicemen', 'men', 'women', 'children', 'adults', 'residents', 'citizens', 'voters',
  'respondents', 'students', 'pupils', 'patients', 'civilians', 'refugees', 'migrants', 'customers', 'users',
  'subscribers', 'passengers', 'visitors', 'victims', 'casualties', 'fans', 'teachers', 'doctors', 'nurses',
  'officers', 'police', 'policemen', 'volunteers', 'fighters', 'prisoners', 'hostages', 'deaths', 'dead',
  'injured', 'wounded', 'inhabitants', 'pensioners', 'households', 'families', 'mps', 'peers', 'councillors',
  'delegates', 'lives', 'shareholders', 'investors', 'clients', 'readers', 'viewers', 'listeners',
  'boys', 'girls', 'babies', 'infants', 'individuals', 'applicants', 'claimants', 'graduates', 'immigrants',
  'asylum', 'occupiers', 'invaders', 'paratroopers', 'servicemembers', 'conscripts', 'reservists', 'marines',
  'sailors', 'pilots', 'crew', 'mothers', 'fathers', 'parents', 'elderly', 'unemployed', 'jobless',
]);

/** Nouns that only stand for "items of the kind just named" ("only 5248 units"). */
export const GENERIC_COUNT_NOUNS = new Set(['units', 'unit', 'items', 'pieces', 'ones', 'examples', 'of them', 'of these']);

/** Words that precede a number that names something rather than counts it ("Article 5"). */
export const NAME_NUMBER_PREFIXES = new Set([
  'article', 'section', 'chapter', 'clause', 'resolution', 'rule', 'room', 'no', 'no.', 'number', 'channel',
  'radio', 'formula', 'level', 'stage', 'phase', 'grade', 'category', 'division', 'route', 'highway', 'flight',
  'platform', 'version', 'windows', 'playstation', 'xbox', 'apollo', 'page', 'paragraph', 'item', 'line',
  'street', 'road', 'avenue', 'block', 'building', 'gate', 'terminal', 'bus', 'tier', 'band', 'group',
  'question', 'table', 'figure', 'fig.', 'vol.', 'volume', 'issue', 'episode', 'season', 'series', 'part',
  'protocol', 'amendment', 'term', 'day', 'week', 'pt', 'pp.', 'p.', 'act', 'mark', 'model', 'type', 'size',
  'top', 'ftse', 'dax', 'nikkei', 'cac', 'g', 'c', 'world', 'war', 'uk', 'bill', 'schedule', 'cop', 'su', 'mig',
  'boeing', 'airbus', 'iphone', 'ipod', 'dvd', 'mp3', 'v', 'mk', 'ps', 'regulation', 'directive', 'law',
  'decree', 'order', 'code', 'district', 'ward', 'zone', 'sector', 'unit', 'battalion', 'brigade', 'regiment',
  'corps', 'army', 'squad', 'to', 'hall', 'studio', 'box', 'pier', 'berth', 'bay', 'suite', 'floor', 'scale',
  'tu', 'an', 'il', 'ka', 'mi', 's', 'f', 'b', 't', 'su-',
]);

/** Words after which a counted noun phrase ends (function words, auxiliaries, common verbs). */
export const NP_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'than',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'they', 'he', 'she',
  'we', 'you', 'i', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would',
  'could', 'can', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'not', 'no', 'said', 'say',
  'says', 'more', 'less', 'fewer', 'ago', 'last', 'this', 'next', 'each', 'every', 'per', 'a', 'up', 'down',
  'out', 'over', 'under', 'into', 'onto', 'about', 'after', 'before', 'since', 'during', 'while', 'if',
  'when', 'where', 'so', 'such', 'also', 'only', 'just', 'still', 'already', 'now', 'then', 'there', 'here',
  'between', 'among', 'against', 'through', 'across', 'behind', 'within', 'without', 'towards', 'toward',
  'like', 'via', 'amid', 'despite', 'including', 'excluding', 'compared', 'versus', 'vs', 'plus', 'minus',
  'went', 'came', 'got', 'get', 'took', 'take', 'made', 'make', 'left', 'remain', 'remained', 'died', 'fell',
  'rose', 'grew', 'lost', 'won', 'saw', 'see', 'need', 'needed', 'want', 'wanted', 'used', 'use', 'say',
  'tell', 'told', 'according', 'again', 'too', 'very', 'both', 'either', 'neither', 'nor', 'yet', 'whether',
  'because', 'though', 'although', 'unless', 'until', 'till', 'what', 'how', 'why', 'all', 'any', 'some',
  'most', 'much', 'many', 'own', 'other', 'another', 'same', 'earlier', 'later', 'year', 'years', 'months',
  'ended', 'ending', 'alone', 'apiece', 'each', 'respectively', 'overall', 'altogether', 'together', 'total',
  'year-earlier', 'year-ago', 'a-year', 'annually', 'worldwide', 'nationwide', 'globally', 'a-year', 'year-on-year', 'higher', 'lower', 'away',
]);

/** Common English function words that start sentences with a capital but are not names. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'as', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'there', 'here', 'what', 'who', 'how', 'why', 'where', 'after', 'before', 'since', 'for', 'from', 'by',
  'with', 'of', 'to', 'however', 'moreover', 'meanwhile', 'also', 'some', 'many', 'most', 'more', 'both',
  'all', 'any', 'each', 'every', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'about', 'around', 'nearly', 'almost', 'over', 'under', 'just', 'only', 'even', 'still', 'yet', 'now',
  'then', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'nevertheless', 'despite',
  'although', 'though', 'because', 'during', 'among', 'between', 'against', 'without', 'within', 'than',
  'not', 'no', 'yes', 'ultimately', 'finally', 'first', 'second', 'third', 'according', 'further', 'analysts',
  'figures', 'shares', 'sales', 'profits', 'prices', 'the', 'total', 'overall', 'official', 'officials',
  'government', 'ministers', 'people', 'experts', 'economists', 'investors', 'volunteers',
  'any', 'we', 'let', 'glory', 'thank', 'thanks', 'today', 'tonight', 'such', 'several', 'other', 'others',
  'under', 'above', 'below', 'whether', 'although', 'unlike', 'like', 'plus', 'instead', 'indeed', 'in',
  'chief', 'executive', 'president', 'minister', 'prime', 'secretary', 'chancellor', 'leader', 'spokesman',
  'spokeswoman', 'director', 'chairman', 'boss', 'head', 'governor', 'mayor', 'general', 'commander',
]);
