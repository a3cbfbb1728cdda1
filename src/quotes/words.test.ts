// The hand-written word scanner must split exactly as its reference pattern does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCap, isPunct, splitWords, WORD_RE, type Word } from './words.js';

/** The reference: WORD_RE over the slice, with the same trailing-period rule. */
function reference(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const mk = (s: number, t: string): Word => ({ start: s, end: s + t.length, text: t, lower: t.toLowerCase() });
  for (const m of text.slice(start, end).matchAll(WORD_RE)) {
    let w = m[0];
    if (w.length > 1 && w.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|[A-Z])\.$/.test(w) && !/\..*\.$/.test(w)) {
      w = w.slice(0, -1);
      out.push(mk(start + m.index, w), mk(start + m.index + w.length, '.'));
    } else out.push(mk(start + m.index, w));
  }
  return out;
}

const SAMPLES = [
  'Mr. Smith said: “It’s the U.S. co-op’s 3.5% rise...” — and J. Doe didn’t (agree)! Really?',
  'Ünïcödé wörds, 中文 text, ٣٤ digits, 𝐀𝐁 math letters, emoji 😀-😀 and a lone \ud800 surrogate \udc00.',
  "'quoted', «guillemets», „low“ — en–dash, ... and .... dots; end-. x'. a.b.c. Ms.",
];

test('splitWords agrees with WORD_RE on every slice of mixed text', () => {
  for (const s of SAMPLES) {
    for (let a = 0; a < s.length; a += 3) for (let b = a; b <= s.length; b += 5) assert.deepEqual(splitWords(s, a, b), reference(s, a, b), `${a}-${b}: ${s.slice(a, b)}`);
  }
});

test('splitWords agrees with WORD_RE on random text', () => {
  const alphabet = ['a', 'Z', '9', '.', "'", '’', '-', ' ', ',', '“', '”', 'é', '中', '😀', '\ud800', '\udc00', '—', '!'];
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 300; n++) {
    let s = '';
    for (let k = 0; k < 40; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const a = Math.floor(rnd() * 5);
    const b = s.length - Math.floor(rnd() * 5);
    assert.deepEqual(splitWords(s, a, b), reference(s, a, b), JSON.stringify(s));
  }
});

test('isPunct and isCap are the Unicode patterns they stand for', () => {
  const texts = ['', '.', '...', ',', '“', 'a', 'A', 'É', 'é', '٣', '𝐀', '😀', '\ud800', '\ud835\udc00', '-x', '“A', 'ǅ', 'Ⅻ', '\u212A'];
  for (const text of texts) {
    const w: Word = { start: 0, end: text.length, text, lower: text.toLowerCase() };
    assert.equal(isPunct(w), !/[\p{L}\p{N}]/u.test(text), JSON.stringify(text));
    assert.equal(isCap(w), /^\p{Lu}/u.test(text), JSON.stringify(text));
  }
});
