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

/** Scripts that name a language on their own, each with a pattern of what is not in it. */
const SCRIPTS: [RegExp, string][] = ([
  ['Han', 'zh'], ['Hangul', 'ko'], ['Arabic', 'ar'], ['Hebrew', 'he'], ['Greek', 'el'], ['Thai', 'th'],
  ['Devanagari', 'hi'], ['Georgian', 'ka'], ['Armenian', 'hy'],
] as const).map(([script, code]) => [new RegExp(`\\P{Script=${script}}+`, 'gu'), code]);

/** The language of a text by its letters and function words, or null when unsure. */
export function detectLang(text: string): string | null {
  // A few thousand characters tell the language as well as the whole text; counts are taken by
  // deleting what is not counted (one string per count, not an array of every letter).
  const sample = text.slice(0, 8000);
  const letters = count(sample, /\P{L}+/gu);
  if (letters < 40) return null;
  const latin = count(sample, /\P{Script=Latin}+/gu);
  const cyr = count(sample, /\P{Script=Cyrillic}+/gu);
  if (latin / letters < 0.5 && cyr / letters < 0.5) {
    // Japanese is written with Han too: kana decide it.
    if (count(sample, /[^\p{Script=Hiragana}\p{Script=Katakana}]+/gu) > letters * 0.1) return 'ja';
    for (const [notScript, code] of SCRIPTS) if (count(sample, notScript) > letters * 0.3) return code;
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

/** How many characters of `s` are left when `notCounted` is deleted. */
function count(s: string, notCounted: RegExp): number {
  return s.replace(notCounted, '').length;
}
