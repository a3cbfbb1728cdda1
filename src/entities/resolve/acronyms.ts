// Acronyms the text defines: "the Ukrainian Intelligence Directorate (HUR)" makes HUR a name of
// that directorate for the rest of the document; "HUR (Main Directorate of Intelligence)" likewise.
import type { Mention } from '../../brief/types.js';

const AFTER = /^\s*\(\s*([A-Z][A-Za-z&]{1,7}|[A-Z](?:\.[A-Z])+\.?)\s*\)/;

export interface AcronymDef {
  /** The mention that spells the long form. */
  long: Mention;
  /** The span of the acronym inside the parentheses. */
  start: number;
  end: number;
  acronym: string;
}

/** Definitions "Long Name (ACR)" right after a mention; at most one per mention. */
export function findAcronymDefs(text: string, mentions: readonly Mention[]): AcronymDef[] {
  const defs: AcronymDef[] = [];
  for (const m of mentions) {
    if (m.end - m.start < 4) continue;
    const tail = text.slice(m.end, m.end + 24);
    const hit = AFTER.exec(tail);
    if (!hit) continue;
    const acronym = hit[1];
    // An acronym has more capitals than a word: "HUR", "IISS", "GenStaff" - not "(Minsk)".
    const caps = acronym.replace(/[^A-Z]/g, '').length;
    if (caps < 2 || caps < acronym.replace(/[^A-Za-z]/g, '').length / 2) continue;
    const start = m.end + hit.index + hit[0].indexOf(acronym);
    defs.push({ long: m, start, end: start + acronym.length, acronym });
  }
  return defs;
}

const DEFINED = /\(([A-Z][A-Za-z]{1,7})\)/g;
/** Heads of institutions some styles write in lower case ("the ministry of defence (MoD)"). */
const INSTITUTION_WORDS = new Set([
  'ministry', 'department', 'council', 'committee', 'commission', 'agency', 'office', 'service', 'services', 'force',
  'forces', 'army', 'navy', 'police', 'party', 'union', 'bank', 'authority', 'organisation', 'organization',
  'association', 'institute', 'court', 'government', 'parliament', 'assembly', 'bureau', 'directorate', 'corps',
  'command', 'fund', 'board', 'front', 'movement', 'company', 'corporation', 'group', 'federation', 'league',
]);

/**
 * Acronyms the text defines as common nouns: "artificial intelligence (AI)", "return on
 * investment (ROI)", "high-intensity interval training (HIIT)". The words before the parentheses,
 * hyphen parts counted, give the acronym's letters and are in lower case (the first may be
 * capitalised at the start of a sentence), and none is an institution's head noun: such an
 * acronym is a term, not a name, wherever the document uses it.
 */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const hit of text.matchAll(DEFINED)) {
    const acronym = hit[1];
    const letters = acronym.replace(/[^A-Z]/g, '');
    if (letters.length < 2 || letters.length < acronym.length / 2) continue;
    const before = text.slice(Math.max(0, hit.index - 120), hit.index);
    const words = before.trimEnd().split(/\s+/);
    // Read back over the words (and their hyphen parts) until their initials spell the letters.
    let spelt = '';
    let k = words.length - 1;
    const used: string[] = [];
    while (k >= 0 && spelt.length < letters.length) {
      const w = words[k].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (!w) break;
      const parts = w.split('-').filter(Boolean);
      spelt = parts.map((p) => p[0]).join('') + spelt;
      used.unshift(w);
      k--;
    }
    if (spelt.toUpperCase() !== letters) continue;
    const sentenceStart = k < 0 || /[.!?:]["”’)]*$/.test(words[k]);
    const lower = used.every((w, i) => /^[\p{Ll}-]+$/u.test(w) || (i === 0 && sentenceStart && /^\p{Lu}[\p{Ll}-]*$/u.test(w)));
    if (lower && !used.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) out.add(acronym);
  }
  return out;
}
