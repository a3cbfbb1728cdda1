import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleBriefs } from '../../test/e2e/sample-briefs.js';
import { MemoryStore } from './memory-store.js';

async function filled(): Promise<MemoryStore> {
  const s = new MemoryStore();
  for (const b of sampleBriefs()) await s.addDocument({ brief: b, raw: Buffer.from('raw:' + b.meta.title), name: `${b.meta.title}.txt` });
  return s;
}

test('a document is stored once per content and its raw input is kept', async () => {
  const s = await filled();
  const b = sampleBriefs()[0];
  const again = await s.addDocument({ brief: { ...b, text: b.text.replace(/ /g, '  ') }, raw: Buffer.from('x'), name: 'again' });
  assert.deepEqual(again, { id: 1, created: false, duplicateOf: null });
  assert.deepEqual(await s.ids(), [1, 2, 3]);
  assert.equal((await s.getRaw(2))?.bytes.toString(), 'raw:Maravel cargo figures questioned');
  assert.equal(await s.getDocument(4), null);
  assert.equal(await s.getBrief(0), null);
});

test('search needs every word, ranks title matches first and marks them in the snippet', async () => {
  const s = await filled();
  const r = await s.search({ q: 'Pelagia quay' });
  assert.equal(r.total, 2);
  assert.equal(r.hits[0].title, 'Pelagia plans new quay');
  assert.match(r.hits[0].snippet, /«Pelagia»/);
  assert.equal((await s.search({ q: 'submarine' })).total, 0);
  assert.equal((await s.search({ entity: 'FACILITY:port of maravel' })).total, 3);
  assert.equal((await s.search({ entity: 'Calloway', type: 'ORG' })).total, 0);
  assert.equal((await s.search({ hasFindings: false })).total, 2);
});

test('replacing a brief updates the list row and the cross-article checks', async () => {
  const s = await filled();
  assert.equal((await s.contradictions()).length, 1);
  const b = sampleBriefs()[1];
  b.figures[0].value = 12_400_000;
  b.findings = [{ rule: 'x', severity: 'warning', message: 'm', spans: [] }];
  await s.replaceBrief(2, b);
  assert.equal((await s.contradictions()).length, 0, 'the figures agree now');
  assert.deepEqual((await s.getDocument(2))?.findings, { error: 0, warning: 1, info: 0 });
  await assert.rejects(s.replaceBrief(9, b));
});

test('figures within rounding do not contradict; approximate ones get more room', async () => {
  const s = new MemoryStore();
  const [a, b] = sampleBriefs();
  b.figures[0].value = 12_450_000; // within 1% of 12.4 million
  await s.addDocument({ brief: a, raw: Buffer.from('a'), name: 'a' });
  await s.addDocument({ brief: b, raw: Buffer.from('b'), name: 'b' });
  assert.equal((await s.contradictions()).length, 0);
  const s2 = new MemoryStore();
  const [c, d] = sampleBriefs();
  d.figures[0] = { ...d.figures[0], value: 13_000_000, approx: 'about' };
  await s2.addDocument({ brief: c, raw: Buffer.from('c'), name: 'c' });
  await s2.addDocument({ brief: d, raw: Buffer.from('d'), name: 'd' });
  assert.equal((await s2.contradictions()).length, 0, 'about 13 million is within 10% of 12.4 million');
});

test('the corpus timeline is in date order and filters by entity', async () => {
  const s = await filled();
  const all = await s.timeline();
  assert.deepEqual(all.map((r) => r.value), [...all.map((r) => r.value)].sort());
  const ines = await s.timeline({ entity: 'Ines Calloway' });
  assert.ok(ines.length > 0 && ines.every((r) => r.entities.includes('Ines Calloway')));
});
