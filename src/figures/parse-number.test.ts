import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFraction, parseFractionPair, parseNumber, parseNumeral, parseWordNumber } from './parse-number.js';
import { mulberry32 } from '../core/random.js';
import { FRACTIONS } from './lexicon.js';

test('numerals with separators, decimals and multipliers', () => {
  const table: [string, number | null][] = [
    ['263,000', 263000], ['7756', 7756], ['5.2', 5.2], ['5.2m', 5.2e6], ['1.2bn', 1.2e9], ['300m', 3e8],
    ['1.5tn', 1.5e12], ['10k', 1e4], ['1,234.5', 1234.5], ['12,34', null], ['abc', null], ['5x', null],
  ];
  for (const [s, want] of table) assert.equal(parseNumeral(s), want, s);
});

test('spelled-out numbers and word multipliers', () => {
  const table: [string, number | null][] = [
    ['twenty-five', 25], ['two hundred', 200], ['two hundred and ten', 210], ['a dozen', 12], ['five million', 5e6],
    ['one thousand', 1000], ['ninety-nine', 99], ['seventeen', 17], ['banana', null], ['a', null],
  ];
  for (const [s, want] of table) assert.equal(parseWordNumber(s), want, s);
  assert.equal(parseNumber('5.2 million'), 5.2e6);
  assert.equal(parseNumber('1.5 trillion'), 1.5e12);
});

test('fractions in words', () => {
  assert.equal(parseFraction('two-thirds'), 2 / 3);
  assert.equal(parseFraction('a quarter'), 0.25);
  assert.equal(parseFraction('three quarters'), 0.75);
  assert.equal(parseFraction('dozen'), null);
  assert.equal(parseFraction('a-quarter'), 0.25);
  assert.equal(parseFraction('Two  Thirds '), 2 / 3);
});

test('words that name members of Object.prototype are not numbers', () => {
  for (const w of ['constructor', '__proto__', 'toString']) {
    assert.equal(parseFraction(w), null, w);
    assert.equal(parseWordNumber(w), null, w);
    assert.equal(parseNumeral(`5 ${w}`), null, w);
  }
});

test('parseFraction answers as the plain normalise-and-look-up it shortcuts, on random strings', () => {
  const simple = (s: string): number | null => {
    const key = s.toLowerCase().replace(/\s+/g, ' ').trim();
    return FRACTIONS[key] ?? FRACTIONS[key.replace(/-/g, ' ')] ?? null;
  };
  const pieces = ['a', 'one', 'two', 'Two', 'third', 'thirds', 'Half', 'quarter', 'QUARTER', '-', ' ', '  ', '\n', '\u00a0', '3', ',', '.', "'", 'K', '\u212a', 'İ', 'é', '_', 'x'];
  const rand = mulberry32(11);
  for (let n = 0; n < 20000; n++) {
    let s = '';
    const len = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < len; k++) s += pieces[Math.floor(rand() * pieces.length)];
    assert.equal(parseFraction(s), simple(s), JSON.stringify(s));
  }
  for (const key of Object.keys(FRACTIONS)) assert.equal(parseFraction(key.toUpperCase()), FRACTIONS[key], key);
});

test('a fraction of two plain words is looked up as parseFraction reads the words joined', () => {
  const words = [...new Set(Object.keys(FRACTIONS).flatMap((k) => k.split(/[ -]/)))];
  words.push('the', 'rate', 'halves', 'thirdss', 'constructor', 'and');
  for (const a of words) for (const b of words) assert.equal(parseFractionPair(a, b), parseFraction(`${a} ${b}`), `${a} ${b}`);
});
