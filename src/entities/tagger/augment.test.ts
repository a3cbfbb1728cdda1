import { test } from 'node:test';
import assert from 'node:assert/strict';
import { augmentDocuments, type AugmentDocument } from './augment.js';

const doc: AugmentDocument = [
  { tokens: ['The', 'Foreign', 'Ministry', 'of', 'France', 'said', '.'], tags: ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O'] },
  { tokens: ['Foreign', 'Ministry', 'officials', 'met', 'Nato', '.'], tags: ['B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'O'] },
];
const pools = new Map([['ORG', [['Armed', 'Forces'], ['Red', 'Cross'], ['Salvation', 'Army']]]]);

test('swaps each organisation for a listed one, keeping the rest and tagging the new span', () => {
  const [copy] = augmentDocuments([doc], { share: 1, seed: 1, pools });
  assert.equal(copy.length, 2);
  for (const s of copy) assert.equal(s.tokens.length, s.tags.length);
  const first = copy[0];
  assert.deepEqual(first.tokens.slice(3), ['of', 'France', 'said', '.']);
  assert.deepEqual(first.tags.slice(1), ['B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O']);
  assert.ok(pools.get('ORG')!.some((n) => n.join(' ') === first.tokens.slice(1, 3).join(' ')));
  // The same name in the document gets the same replacement.
  assert.deepEqual(copy[1].tokens.slice(0, 2), first.tokens.slice(1, 3));
});

test('a demonym before a swapped-in organisation joins the name', () => {
  const [copy] = augmentDocuments([doc], { share: 1, seed: 3, pools, demonymShare: 1, demonyms: ['Belarusian'] });
  assert.equal(copy[0].tokens[1], 'Belarusian');
  assert.deepEqual(copy[0].tags.slice(1, 4), ['B-ORG', 'I-ORG', 'I-ORG']);
});

test('is deterministic for a seed and copies about the share asked', () => {
  const docs = Array.from({ length: 200 }, () => doc);
  const a = augmentDocuments(docs, { share: 0.3, seed: 7, pools });
  assert.deepEqual(a, augmentDocuments(docs, { share: 0.3, seed: 7, pools }));
  assert.ok(a.length > 30 && a.length < 90, `${a.length} copies`);
  assert.equal(augmentDocuments(docs, { share: 0, seed: 7, pools }).length, 0);
});

test('a courtesy title before a person stays outside the name', () => {
  const people: AugmentDocument = [{ tokens: ['Gordon', 'Brown', 'met', 'Tony', 'Blair', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O'] }];
  const [copy] = augmentDocuments([people], { share: 1, seed: 1, pools: new Map(), titleShare: 1, titles: ['Mr'] });
  // Not at the sentence start, where every word is capitalised anyway.
  assert.deepEqual(copy[0].tokens, ['Gordon', 'Brown', 'met', 'Mr', 'Tony', 'Blair', '.']);
  assert.deepEqual(copy[0].tags, ['B-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'O']);
});

test('a plain word after a demonym is capitalised in the copies, its tag kept', () => {
  const d: AugmentDocument = [{ tokens: ['The', 'Kenyan', 'government', 'said', '.'], tags: ['O', 'B-MISC', 'O', 'O', 'O'] }];
  const [copy] = augmentDocuments([d], { share: 1, seed: 1, pools: new Map(), plainWords: new Set(['Government']) });
  assert.deepEqual(copy[0].tokens, ['The', 'Kenyan', 'Government', 'said', '.']);
  assert.deepEqual(copy[0].tags, ['O', 'B-MISC', 'O', 'O', 'O']);
});

test('post-nominal letters after a name stay outside it, and the other choices of a copy are unchanged', () => {
  const d: AugmentDocument = [
    { tokens: ['Paul', 'Boateng', 'said', 'Labour', 'would', 'win', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'O'] },
    { tokens: ['SEOUL', '1996-08-23'], tags: ['B-LOC', 'O'] },
    { tokens: ['Tony', 'Blair', 'Jr', 'said', '.'], tags: ['B-PER', 'I-PER', 'I-PER', 'O', 'O'] },
  ];
  const letters = { postNominalShare: 1, personLetters: ['MP'], memberLetters: ['MPs'] };
  const [copy] = augmentDocuments([d], { share: 1, seed: 1, pools: new Map(), ...letters });
  assert.deepEqual(copy[0].tokens, ['Paul', 'Boateng', 'MP', 'said', 'Labour', 'MPs', 'would', 'win', '.']);
  assert.deepEqual(copy[0].tags, ['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O']);
  // Not after a name in capitals (a dateline), nor inside a capitalised run.
  assert.deepEqual(copy[1].tokens, ['SEOUL', '1996-08-23']);
  assert.deepEqual(copy[2].tokens, ['Tony', 'Blair', 'Jr', 'MP', 'said', '.']);
  // The letters draw from their own generator: swaps and titles come out as without them.
  const docs = Array.from({ length: 50 }, () => doc);
  const opts = { share: 0.5, seed: 9, pools, titleShare: 0.5, titles: ['Mr'], demonymShare: 0.3, demonyms: ['Polish'] };
  const drop = (c: AugmentDocument[]) => c.map((x) => x.map((s) => s.tokens.filter((t) => t !== 'MP' && t !== 'MPs')));
  assert.deepEqual(drop(augmentDocuments(docs, { ...opts, ...letters })), drop(augmentDocuments(docs, opts)));
});

test('made-up institutions draw their head in proportion to its weight, one draw per pick', () => {
  const docs = Array.from({ length: 100 }, () => doc);
  const heads = [['Institute'], ['Publishing', 'House'], ['Kennels']];
  const base = { share: 1, seed: 5, pools, institutionShare: 1, heads, founders: ['Brookings'], demonyms: ['Polish'] };
  const lastWords = (copies: AugmentDocument[]) => copies.map((c) => c[0].tokens[c[0].tags.lastIndexOf('I-ORG')]);
  // All the weight on one head: every made-up name ends in it.
  assert.ok(lastWords(augmentDocuments(docs, { ...base, headWeights: [0, 1, 0] })).every((w) => w === 'House'));
  // Equal weights are the unweighted draw, choice for choice.
  assert.deepEqual(augmentDocuments(docs, { ...base, headWeights: [2, 2, 2] }), augmentDocuments(docs, base));
  // A head ten times as likely comes up far more often.
  const counts = new Map<string, number>();
  for (const w of lastWords(augmentDocuments(docs, { ...base, headWeights: [10, 1, 1] }))) counts.set(w, (counts.get(w) ?? 0) + 1);
  assert.ok((counts.get('Institute') ?? 0) > 3 * Math.max(counts.get('House') ?? 0, counts.get('Kennels') ?? 0), JSON.stringify([...counts]));
});

test('a made-up institution can be named head first, then "of" or "for" and a place, all inside the name', () => {
  const docs = Array.from({ length: 40 }, () => doc);
  const heads = [['Duchy'], ['Commission']];
  const base = { share: 1, seed: 9, pools, institutionShare: 1, heads, founders: ['Brookings'], demonyms: ['Polish'], places: ['Cornwall'] };
  const copies = augmentDocuments(docs, { ...base, headFirstShare: 1 });
  const names = new Set(copies.map((c) => c[0].tokens.slice(1, c[0].tags.lastIndexOf('I-ORG') + 1).join(' ')));
  assert.deepEqual([...names].sort(), ['Commission for Cornwall', 'Commission of Cornwall', 'Duchy for Cornwall', 'Duchy of Cornwall']);
  for (const c of copies) assert.deepEqual(c[0].tags.slice(1, 4), ['B-ORG', 'I-ORG', 'I-ORG']);
  // Off, the copies are as they were without it, draw for draw.
  assert.deepEqual(augmentDocuments(docs, { ...base, headFirstShare: 0 }), augmentDocuments(docs, { ...base, places: undefined }));
});
