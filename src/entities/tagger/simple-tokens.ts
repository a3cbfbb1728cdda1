// A small regex tokenizer for gazetteer phrases and unlabelled corpora, close to CoNLL and
// dossier's tokenizer: hyphenated words and "U.S." whole, possessive 's apart.
import { normalizeToken } from './normalize.js';

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|\S/gu;

export function simpleTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    // A trailing full stop stays only on abbreviations and initials ("U.S.", "J."); otherwise apart.
    let dot = false;
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(t)) {
      t = t.slice(0, -1);
      dot = true;
    }
    const poss = /^(.+)(['’][sS])$/u.exec(t);
    if (poss) out.push(normalizeToken(poss[1]), normalizeToken(poss[2]));
    else out.push(normalizeToken(t));
    if (dot) out.push('.');
  }
  return out;
}
