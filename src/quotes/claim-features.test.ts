// The claim features are read in one pass over code units; they must be exactly those of the
// plain string-based definition below (the model's sum depends on every index and its order).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BAG_OF_WORDS, FULL_FEATURES, hashFeature, sentenceFeatures, type FeatureOptions } from './claim-features.js';

const CUES: [string, string[]][] = [
  ['hedges', ['maybe', 'perhaps', 'might', 'probably', 'possibly', 'seems', 'hope', 'believe', 'think', 'feel', 'guess', 'suppose', 'wish']],
  ['first', ['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd"]],
  ['firstpl', ['we', 'us', 'our', "we're", "we've", "we'll"]],
  ['second', ['you', 'your', "you're", "you've", 'yours']],
  ['modals', ['will', 'would', 'should', 'must', 'can', 'could', 'shall', "won't", "'ll", 'going']],
  ['quant', ['percent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'half', 'twice', 'times', 'dollars', 'tax', 'taxes', 'jobs', 'deficit', 'budget', 'increase', 'increased', 'cut', 'cuts', 'voted', 'vote', 'rate', 'rates', 'more', 'less', 'fewer', 'most', 'least', 'highest', 'lowest', 'largest', 'record', 'since', 'ago', 'last', 'years']],
];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'thousand', 'million', 'billion', 'trillion'];

/** The definition: feature strings, each hashed. */
function reference(text: string, opts: FeatureOptions): number[] {
  const raw = text.slice(0, 2000);
  const shapes = raw.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$%€£?!]/gu) ?? [];
  const words = shapes.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const shown = words.map((w) => (!/\d/.test(w) ? w : /^(1[89]|20)\d\d$/.test(w) ? '<year>' : '<num' + Math.min(w.replace(/\D/g, '').length, 6) + '>'));
  const f: string[] = ['bias'];
  if (opts.words) for (const w of shown) f.push('w=' + w);
  if (opts.bigrams) ['<s>', ...shown].forEach((p, i, all) => f.push('b=' + p + ' ' + (all[i + 1] ?? '</s>')));
  if (opts.chars) {
    for (const w of words) {
      const t = '<' + w + '>';
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= t.length && i < 40; i++) f.push('c' + t.slice(i, i + n));
    }
  }
  if (opts.cues) {
    const count = (list: string[]) => words.filter((w) => list.includes(w)).length;
    const caps = shapes.filter((s, i) => i > 0 && !CUES[1][1].includes(words[i]) && /^\p{Lu}/u.test(s)).length;
    const counts: [string, number][] = [['digits', shapes.filter((s) => /\d/.test(s)).length], ['numwords', count(NUMBER_WORDS)], ['caps', caps], ...CUES.map(([name, list]) => [name, count(list)] as [string, number])];
    for (const [name, n] of counts) f.push(`q:${name}=${n >= 3 ? '3+' : n}`);
    const len = words.length;
    f.push('q:len=' + (len < 5 ? 'xs' : len < 10 ? 's' : len < 20 ? 'm' : len < 35 ? 'l' : 'xl'));
    if (raw.includes('?')) f.push('q:question');
    if (/%|\bpercent\b/i.test(raw)) f.push('q:percent');
    if (/[$€£]|\bdollars?\b/i.test(raw)) f.push('q:money');
    if (/\b(?:1[89]|20)\d\d\b/.test(raw)) f.push('q:year');
    if (/\b(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\b/i.test(raw)) f.push('q:comparison');
    if (/\b(?:said|says|according to|reported)\b/i.test(raw)) f.push('q:attribution');
  }
  return f.map(hashFeature);
}

function features(text: string, opts: FeatureOptions): number[] {
  const out: number[] = [];
  sentenceFeatures(text, opts, (i) => out.push(i));
  return out;
}

const OPTIONS: FeatureOptions[] = [FULL_FEATURES, BAG_OF_WORDS, { words: true, bigrams: true, chars: false, cues: true }];

test('the features read from code units are those of the feature strings', () => {
  const samples = [
    '',
    'I’m sure we’ll WIN 3,000 votes in 1999, more than YOU said!',
    'Ünïcödé wörds, İstanbul, \u212Aelvin, ß, ΣΟΦΙΑΣ and 𝐀𝐁 math letters; “£5bn” or €3? 45% of them.',
    'x'.repeat(2100) + ' more',
    'a'.repeat(1999) + '\u{1D400}',
  ];
  for (const s of samples) for (const o of OPTIONS) assert.deepEqual(features(s, o), reference(s, o), JSON.stringify(s.slice(0, 80)));
});

test('the features read from code units are those of the feature strings on random text', () => {
  const alphabet = ['a', 'B', 'I', 'i', "'", '’', '.', ',', ' ', ' ', '1', '9', '0', '$', '%', '€', '?', 'é', 'É', 'İ', '\u212A', 'Σ', '𝐀', '😀', '\ud800', '\udc00', '٣', "I'm", 'will', 'More', 'than', 'said', 'percent', '2000'];
  let seed = 11;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 24);
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    for (const o of OPTIONS) assert.deepEqual(features(s, o), reference(s, o), JSON.stringify(s));
  }
});
