import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll } from './conll.js';
import { entitySpans, EntityCounter } from './evaluate.js';
import { DocContext, Featurizer, MAX_FEATS } from './features.js';
import { allowed, labelId, LABELS, NUM_LABELS } from './labels.js';
import { Lexicon, GAZ_BIT, pathPrefix, pathToInt } from './lexicon.js';
import { Model } from './model.js';
import { isAllCaps, isCapitalised, normalizeToken, shapeHash, shapeOf, shortShapeHash, shortShapeOf } from './normalize.js';
import { hashFolded, hashJoin, hashRange, hashString, mix } from './hash.js';
import { fmix32 } from '../../core/hash.js';
import { trainPerceptron } from './perceptron.js';
import { simpleTokens } from './simple-tokens.js';
import { Tagger } from './tagger.js';
import { PackedLexicon } from './packed-lexicon.js';
import { viterbi } from './viterbi.js';

test('mix is fmix32 of the template and atom joined, as the model was trained with', () => {
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 10000; i++) {
    const t = rand() % 300;
    const a = i % 3 ? rand() : rand() | 0;
    assert.equal(mix(t, a), fmix32((Math.imul(t, 0x9e3779b1) ^ a) >>> 0));
  }
});

test('IOB2 transitions: I-X only after B-X or I-X', () => {
  assert.equal(allowed(-1, labelId('I-PER')), false);
  assert.equal(allowed(labelId('O'), labelId('I-PER')), false);
  assert.equal(allowed(labelId('B-ORG'), labelId('I-PER')), false);
  assert.equal(allowed(labelId('B-PER'), labelId('I-PER')), true);
  assert.equal(allowed(labelId('I-PER'), labelId('I-PER')), true);
  assert.equal(allowed(labelId('I-PER'), labelId('B-LOC')), true);
});

test('viterbi never takes an invalid transition even when emissions want one', () => {
  const n = 3;
  const em = new Float64Array(n * NUM_LABELS);
  for (let i = 0; i < n; i++) em[i * NUM_LABELS + labelId('I-LOC')] = 10;
  em[1 * NUM_LABELS + labelId('B-LOC')] = 5;
  const out = new Int32Array(n);
  viterbi(em, n, new Float32Array((NUM_LABELS + 1) * NUM_LABELS), out);
  const tags = Array.from(out, (l) => LABELS[l]);
  for (let i = 0; i < n; i++) assert.ok(allowed(i ? out[i - 1] : -1, out[i]), tags.join(' '));
  assert.deepEqual(tags.slice(1), ['I-LOC', 'I-LOC'].map((t, i) => (i === 0 ? tags[1] : t)));
});

/** Viterbi scanning every previous label and skipping the invalid ones (what viterbi() must equal). */
function viterbiByScan(em: Float64Array, n: number, tr: Float32Array, out: Int32Array): void {
  const L = NUM_LABELS;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = allowed(-1, y) ? em[y] + tr[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, y)) continue;
        const s = score[(i - 1) * L + p] + tr[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + em[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let arg = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y] > score[(n - 1) * L + arg]) arg = y;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}

test('viterbi over the allowed predecessors equals a scan over every label, ties included', () => {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(rand() * 12);
    // Small integer scores make ties common; every third round uses real-valued ones.
    const draw = () => (round % 3 ? Math.floor(rand() * 4) - 2 : rand() * 6 - 3);
    const em = Float64Array.from({ length: n * NUM_LABELS }, draw);
    const tr = Float32Array.from({ length: (NUM_LABELS + 1) * NUM_LABELS }, draw);
    const got = new Int32Array(n);
    const want = new Int32Array(n);
    viterbi(em, n, tr, got);
    viterbiByScan(em, n, tr, want);
    assert.deepEqual(Array.from(got), Array.from(want));
  }
});

test('normalisation folds curly quotes and dashes; shapes', () => {
  assert.equal(normalizeToken('’s'), "'s");
  assert.equal(normalizeToken('“'), '"');
  assert.equal(normalizeToken('``'), '"');
  assert.equal(normalizeToken('–'), '-');
  assert.equal(shapeOf('Berlin'), 'Xxx');
  assert.equal(shortShapeOf('U.S.'), 'X.X.');
  assert.equal(shortShapeOf('1996-08-22'), 'd-d-d');
});

test('simple tokens split possessives and keep abbreviations', () => {
  assert.deepEqual(simpleTokens('Russia’s U.S. ties, Mr. Smith.'), ['Russia', "'s", 'U.S.', 'ties', ',', 'Mr.', 'Smith', '.']);
});

test('conll parsing: documents, sentences, tags', () => {
  const docs = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n-DOCSTART- -X- -X- O\n\nHi X O\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences.map((s) => s.tokens), [['EU', 'rejects'], ['Peter']]);
  assert.deepEqual(docs[0].sentences[0].tags, ['B-ORG', 'O']);
});

test('entity spans and conlleval-style counts', () => {
  assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), ['0:2:PER', '3:4:LOC', '4:5:LOC']);
  const c = new EntityCounter();
  c.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
  const s = c.scores();
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 1);
  assert.equal(s.fn, 1);
  assert.equal(c.scores('LOC').f1, 1);
});

test('lexicon round-trips through its compact form', () => {
  const lex = new Lexicon();
  lex.addPhrase(['New', 'York'], GAZ_BIT.CITY);
  lex.classes.set('Paris', pathToInt('0101'));
  lex.setCasing('paris', 'Paris', 4);
  lex.setCasing('kyiv', 'kyiv', 1);
  const back = PackedLexicon.load(lex.serialize());
  assert.equal(back.gazBits('new york'), GAZ_BIT.CITY);
  assert.equal(back.gazBits('new'), 0);
  assert.equal(back.gazBits('new yor'), 0);
  assert.equal(back.gazMaxAt(back.find('new')), 2);
  assert.equal(back.gazMaxAt(back.find('york')), 0);
  // The prefix filter lets through every word prefix of a phrase of two words or more.
  assert.ok(back.mayStartPhrase(hashString('new')));
  assert.ok(back.mayStartPhrase(hashString('new york')));
  assert.ok(!back.mayStartPhrase(hashString('new jersey')));
  assert.ok(!back.mayStartPhrase(hashString('york')));
  assert.equal(back.classOf('Paris'), 0b10101);
  assert.equal(back.classOf('paris'), undefined);
  assert.equal(pathPrefix(0b10101, 2), 0b101);
  assert.equal(back.casedForm('paris'), 'Paris');
  assert.equal(back.casedForm('kyiv'), 'kyiv');
  assert.equal(back.capBucketOf('paris'), 4);
  assert.equal(back.capBucketOf('lyon'), undefined);
  assert.equal(back.casedForm('lyon'), undefined);
  // Loads from an unaligned copy too (a Buffer slice of a larger file read).
  const raw = lex.serialize();
  const shifted = Buffer.alloc(raw.length + 3);
  raw.copy(shifted, 3);
  assert.equal(PackedLexicon.load(shifted.subarray(3)).gazBits('new york'), GAZ_BIT.CITY);
  assert.throws(() => PackedLexicon.load(raw.subarray(0, raw.length - 20)), /truncated/);
  assert.throws(() => PackedLexicon.load(Buffer.alloc(64)), /not a dossier NER lexicon/);
});

test('features stay within their per-token bound, and gazetteer phrases mark their tokens', () => {
  const lex = new Lexicon();
  lex.addPhrase(['New', 'York'], GAZ_BIT.CITY);
  const f = new Featurizer(lex, 12);
  const toks = ['He', 'flew', 'to', 'New', 'York', '.'];
  const out = new Int32Array(toks.length * MAX_FEATS);
  const counts = new Int32Array(toks.length);
  f.featurize(toks, null, out, counts);
  for (const c of counts) assert.ok(c > 10 && c <= MAX_FEATS);
  assert.ok(counts[3] > counts[2]);
  for (let i = 0; i < out.length; i++) assert.ok(out[i] >= 0 && out[i] < 4096);
});

test('a perceptron trained on a toy corpus learns it, and survives quantisation', () => {
  const lex = new Lexicon();
  const sents = [
    ['Alice', 'visited', 'Paris', '.'],
    ['Bob', 'visited', 'Rome', '.'],
    ['Alice', 'met', 'Bob', 'in', 'Rome', '.'],
    ['Carol', 'lives', 'in', 'Paris', '.'],
  ];
  const gold = [
    ['B-PER', 'O', 'B-LOC', 'O'],
    ['B-PER', 'O', 'B-LOC', 'O'],
    ['B-PER', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
    ['B-PER', 'O', 'O', 'B-LOC', 'O'],
  ];
  const docs = [sents.map((tokens, i) => ({ tokens, gold: Int32Array.from(gold[i], labelId) }))];
  const tagger = new Tagger(new Model({ bucketBits: 14, epochs: 0, notes: {} }), lex);
  const { model } = trainPerceptron(tagger.model as Model, tagger, docs, { epochs: 8, seed: 1 });
  const q = Model.deserialize(model.serialize());
  for (const m of [model, q]) {
    const t = new Tagger(m, lex);
    assert.deepEqual(t.tagDocument(sents), gold);
  }
});

test('the packed model knows which buckets it holds, and features it lacks score nothing', () => {
  const dense = new Model({ bucketBits: 10, epochs: 0, notes: {} });
  const held = new Set<number>();
  for (let b = 0; b < 1 << 10; b += 1 + (b % 7)) {
    held.add(b);
    for (let y = 0; y < NUM_LABELS; y++) dense.weights[b * NUM_LABELS + y] = ((b + y) % 5) - 2 || 1;
  }
  const packed = Model.deserialize(dense.serialize());
  const all = Int32Array.from({ length: 1 << 10 }, (_, b) => b);
  const one = new Float64Array(NUM_LABELS);
  const sum = new Float64Array(NUM_LABELS);
  for (const b of all) {
    assert.equal(packed.has(b), held.has(b), `bucket ${b}`);
    packed.emit(all, b, b + 1, one, 0);
    assert.equal(one.some((x) => x !== 0), held.has(b), `bucket ${b}`);
    if (held.has(b)) for (let y = 0; y < NUM_LABELS; y++) sum[y] += one[y];
  }
  const em = new Float64Array(NUM_LABELS);
  packed.emit(all, 0, all.length, em, 0);
  assert.deepEqual(Array.from(em), Array.from(sum));
});

test('in-place hashes equal the hashes of the built strings', () => {
  const words = ['Berlin', 'U.S.', '1996-08-22', 'Łódź', 'ÉCOLE', 'naïve', 'x', '', 'AAAAaaaa1111----', 'Jean-Claude', '“quoted”', 'İstanbul', 'ß', '日本', 'a\u2013b', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop'];
  for (const w of words) {
    assert.equal(shapeHash(w), hashString(shapeOf(w)), w);
    assert.equal(shortShapeHash(w), hashString(shortShapeOf(w)), w);
    assert.equal(hashFolded(w), hashString(w.replace(/[0-9]/g, '0')), w);
    for (let a = 0; a <= w.length; a++) for (let b = a; b <= w.length; b++) assert.equal(hashRange(w, a, b), hashString(w.slice(a, b)));
    // Phrases hashed word by word, as the gazetteer lookup does.
    for (const v of words) assert.equal(hashJoin(hashJoin(hashString(w), v), w), hashString(`${w} ${v} ${w}`), `${w} ${v}`);
  }
});

test('ASCII fast paths of the casing tests agree with the case mappings', () => {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isCapitalised(ch), ch.toLowerCase() !== ch, ch);
    assert.equal(isAllCaps(ch), ch.toLowerCase() !== ch, ch);
  }
  assert.equal(isCapitalised(''), false);
  assert.equal(isAllCaps('U.S.'), true);
  assert.equal(isAllCaps('ÉCOLE'), true);
  assert.equal(isAllCaps('ÉCOLe'), false);
  assert.equal(isAllCaps('123'), false);
  assert.equal(isCapitalised('Łódź'), true);
});

test('tagging with per-word-type score caches equals scoring every feature of every token', () => {
  const lex = new Lexicon();
  lex.addPhrase(['New', 'York'], GAZ_BIT.CITY);
  lex.addPhrase(['corps'], GAZ_BIT.ORG_KEY);
  const model = new Model({ bucketBits: 12, epochs: 0, notes: {} });
  // Deterministic pseudo-random weights: every feature matters, so a missing or doubled one shows.
  let s = 12345;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296) * 2 - 1;
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = rand();
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i] = rand();
  const doc = [
    ['Officers', 'of', 'the', 'Belarusian', 'Volunteer', 'Corps', 'flew', 'to', 'New', 'York', '.'],
    ['THE', 'CORPS', 'FLEW', 'TO', 'NEW', 'YORK'],
    ['A'],
    ['Corps', 'members', 'met', 'in', 'New', 'York', 'and', 'Corps', 'HQ', '.'],
  ];
  const tagger = new Tagger(model, lex);
  const ref = new Featurizer(lex, 12);
  const ctxA = tagger.newDocument(doc);
  const ctxB = new DocContext();
  for (const sent of doc) ctxB.observe(sent);
  for (const sent of doc) {
    const got = tagger.tagSentence(sent, ctxA);
    const n = sent.length;
    const out = new Int32Array(n * MAX_FEATS);
    const counts = new Int32Array(n);
    ref.featurize(sent, ctxB, out, counts);
    const em = new Float64Array(n * NUM_LABELS);
    for (let i = 0; i < n; i++) model.emit(out, i * MAX_FEATS, i * MAX_FEATS + counts[i], em, i * NUM_LABELS);
    const want = new Int32Array(n);
    viterbi(em, n, model.transitions, want);
    assert.deepEqual(Array.from(got), Array.from(want), sent.join(' '));
    ctxB.record(sent, want);
  }
});
