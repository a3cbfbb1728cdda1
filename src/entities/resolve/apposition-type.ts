// "Metrovias, the private firm which runs the tube lines", "Russian oil giant Yukos": a name the
// tagger took for a person (or, before it, any other kind) but which the text itself calls a firm,
// a company or a bank is an organisation. Only the head noun of the apposition counts, so "Jose Lopez, the union leader" and
// "Ann Lee, the company's chief" stay people.
// Nouns that also name people's jobs ("a senior broadcaster", "a film producer", "a camera
// operator", "a games developer") are left out.
const ORG_HEADS = [
  'firm', 'company', 'group', 'bank', 'airline', 'insurer', 'retailer', 'manufacturer', 'supplier', 'agency',
  'organisation', 'organization', 'corporation', 'conglomerate', 'network', 'charity', 'regulator', 'watchdog',
  'newspaper', 'chain', 'consortium', 'fund', 'exporter', 'importer', 'utility', 'brand', 'label', 'studio',
  'start-up', 'startup', 'subsidiary', 'lender',
];
/** Words between the article and the head: modifiers only, so the head is that of the first phrase
 * ("the godfather of the group" is about a person). */
const MODIFIER = String.raw`(?!(?:of|for|to|in|at|on|with|and|or|the|a|an|its|his|her|their)\s)[\p{L}-]+\s+`;

const APPOSED_ORG = new RegExp(
  String.raw`^,\s+(?:the|a|an)\s+(?:${MODIFIER}){0,3}?(?:${ORG_HEADS.join('|')})(?=\s*[,.;:)]|\s+(?:which|that|based|owned|behind|in|of|from|with|run|controlled|whose)\b)`,
  'u',
);

/** Whether the words after a name (text from its end) appose an organisation's head noun to it. */
export function apposedOrganisation(text: string, end: number): boolean {
  return APPOSED_ORG.test(text.slice(end, end + 100));
}

/**
 * Head nouns written before an organisation's name ("oil giant Yukos", "US band REM", "his old club
 * Portsmouth"). "giant" is one only before a one-word name ("jazz giant Miles Davis" is a person).
 */
const PRE_HEADS = [...ORG_HEADS.filter((h) => h !== 'label' && h !== 'brand'), 'band', 'club', 'carmaker'];
const PRE_HEAD_SET = new Set([...PRE_HEADS, 'giant']);
const INLINE_SPACE = /[^\S\n]/;
const HEAD_CHAR = /[a-z-]/;
/**
 * The head must follow a modifier ("oil firm"), not an article ("the company John Smith founded"),
 * on the same line: a headline ending "... can win group" is not a modifier of the next line's
 * first name. ("website" is left out: "told the BBC News website Ford did not ...".)
 */
const PREMODIFIED_ORG = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}'’-])(?!(?:the|a|an|this|that|its|his|her|their|our|your|my)\s)[\p{L}\p{N}-]+[^\S\n]+(?:${PRE_HEADS.join('|')}|giant)[^\S\n]+$`,
  'u',
);

/**
 * Whether the words before a name (text up to its start) call it an organisation; `oneWord` says
 * the name is a single word, which "giant" needs.
 */
export function premodifiedOrganisation(text: string, start: number, oneWord: boolean): boolean {
  // Most names follow no head noun: read the word before the name first, the pattern only then.
  let end = start;
  while (end > 0 && INLINE_SPACE.test(text[end - 1])) end--;
  let from = end;
  while (from > 0 && HEAD_CHAR.test(text[from - 1])) from--;
  const head = text.slice(from, end);
  if (head === 'giant' ? !oneWord : !PRE_HEAD_SET.has(head)) return false;
  return PREMODIFIED_ORG.test(text.slice(Math.max(0, start - 80), start));
}
