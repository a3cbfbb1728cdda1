// A small language check: the script of the letters, then the share of very common function
// words of each language. Enough to catch a page whose lang attribute is wrong or missing.

const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'are', 'this', 'by', 'be', 'have', 'from'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'nicht', 'ein', 'eine', 'auch'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'un', 'une', 'du', 'en', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'es', 'al', 'lo', 'como'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'non', 'del', 'della', 'sono', 'con', 'gli', 'le', 'nel', 'è', 'si', 'da'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'os', 'as', 'no', 'na', 'por', 'mais'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'er', 'ook', 'aan', 'die', 'wordt'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'из', 'к', 'за', 'от', 'для', 'о', 'он', 'так', 'его', 'также'],
  uk: ['і', 'та', 'в', 'у', 'на', 'що', 'не', 'з', 'до', 'за', 'як', 'від', 'для', 'це', 'про', 'також', 'його', 'які', 'й'],
  be: ['і', 'ў', 'у', 'на', 'што', 'не', 'з', 'да', 'па', 'як', 'для', 'гэта', 'таксама', 'ад', 'яго', 'пра', 'беларусі', 'ці', 'але'],
  pl: ['i', 'w', 'na', 'z', 'się', 'nie', 'do', 'że', 'to', 'jest', 'o', 'od', 'za', 'jak', 'po', 'przez', 'dla', 'oraz', 'ale'],
  sv: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'var', 'jag'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 's', 'z', 'do', 'o', 'to', 'jako', 'pro', 've', 'by', 'jsou', 'také', 'ale', 'k'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ne', 'ama', 'sonra', 'kadar', 'ya', 'her'],
};

const SETS = Object.fromEntries(Object.entries(STOP).map(([k, v]) => [k, new Set(v)]));

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Han}/u, 'zh'], [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'ja'], [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Hebrew}/u, 'he'], [/\p{Script=Greek}/u, 'el'], [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Georgian}/u, 'ka'], [/\p{Script=Armenian}/u, 'hy'],
];

const LETTER = /^\p{L}/u;
const LATIN = /^\p{Script=Latin}/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;

/** Code points that are letters, Latin-script and Cyrillic-script: ASCII is decided without a
 *  regex (a-z and A-Z are Latin letters, the rest of ASCII none of the three). */
function scriptCounts(s: string): { letters: number; latin: number; cyr: number } {
  let letters = 0;
  let latin = 0;
  let cyr = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    // one code point, as the u-flag regexes see it (a surrogate pair is one)
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? s.slice(i, i + 2) : s[i];
    if (pair) i++;
    if (LETTER.test(ch)) letters++;
    if (LATIN.test(ch)) latin++;
    if (CYRILLIC.test(ch)) cyr++;
  }
  return { letters, latin, cyr };
}

/** The language of a text by its letters and function words, or null when unsure. */
export function detectLang(text: string): string | null {
  const sample = text.slice(0, 20000);
  const { letters, latin, cyr } = scriptCounts(sample);
  if (letters < 40) return null;
  if (latin / letters < 0.5 && cyr / letters < 0.5) {
    // Japanese is written with Han too: kana decide it.
    const ja = SCRIPTS[1][0];
    if (ja.test(sample) && (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) > letters * 0.1) return 'ja';
    for (const [re, code] of SCRIPTS) {
      const n = sample.match(new RegExp(re.source, 'gu'))?.length ?? 0;
      if (n > letters * 0.3) return code;
    }
    return null;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const pool = cyr > latin ? ['ru', 'uk', 'be'] : Object.keys(STOP).filter((k) => !['ru', 'uk', 'be'].includes(k));
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const lang of pool) {
    const set = SETS[lang];
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestN) {
      second = bestN;
      bestN = n;
      best = lang;
    } else if (n > second) second = n;
  }
  if (!best || bestN < Math.max(5, words.length * 0.08) || bestN < second * 1.3) return null;
  return best;
}
