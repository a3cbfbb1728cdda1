// One suite, two stores: every behaviour of the Store interface, checked on SQLite always and
// on PostgreSQL when DOSSIER_TEST_PG names a server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { doc } from '../../test/helpers/briefs.js';
import { createTestDatabase, PG_SKIP } from '../../test/helpers/pg.js';
import { openStore, type CorpusStore } from './open.js';

const FILLER = 'Officials in the capital met on Tuesday to review the plan, and observers from several neighbouring countries attended the long session in the main hall.';

const belarusA = {
  title: 'Minsk announces troop withdrawal',
  text: `Alexander Lukashenko said the army would pull back from the border. The armed forces of Belarus have 48,000 active personnel. ${FILLER}`,
  published: '2022-03-01',
  entities: [{ name: 'Alexander Lukashenko', type: 'PERSON', kb: 'Q36049', aliases: ['Lukashenko'] }, { name: 'Belarus', type: 'GPE', kb: 'Q184' }],
  figures: [{ text: '48,000', value: 48000, measure: 'active personnel', subject: 'Belarus', time: '2022' }],
  timeline: [{ value: '2022-03-01', summary: 'Alexander Lukashenko said the army would pull back from the border.', entities: ['Alexander Lukashenko'] }],
  findings: [{ severity: 'warning' as const, rule: 'sum' }],
};
const belarusB = {
  title: 'Belarus army numbers questioned',
  text: `Aliaksandr Lukashenka leads a country whose military is small. Belarus has 45,000 active personnel, the outlet said. Analysts in Vilnius disagreed with the official account of the exercises.`,
  published: '2022-04-10',
  entities: [{ name: 'Aliaksandr Lukashenka', type: 'PERSON', kb: 'Q36049' }, { name: 'Belarus', type: 'GPE', kb: 'Q184' }, { name: 'Vilnius', type: 'GPE', kb: 'Q216' }],
  figures: [{ text: '45,000', value: 45000, measure: 'active personnel', subject: 'Belarus', time: '2022' }],
  timeline: [{ value: '2022-02-20', summary: 'Aliaksandr Lukashenka leads a country whose military is small.', entities: ['Aliaksandr Lukashenka'] }],
};
const belarusC = {
  title: 'Exercises end near Brest',
  text: `The exercises ended near Brest. Belarus keeps about 48,000 active personnel under arms. Farmers in the region said the convoys had damaged several roads during the spring thaw.`,
  published: '2022-05-02',
  entities: [{ name: 'Belarus', type: 'GPE', kb: 'Q184' }, { name: 'Brest', type: 'GPE' }],
  figures: [{ text: '48,000', value: 48000, approx: 'about', measure: 'active personnel', subject: 'Belarus', time: '2022' }],
};
const football = {
  title: 'Cup final ends in a draw',
  text: 'The cup final ended in a draw after extra time, and the trophy will be decided by a replay next week at the national stadium in front of a sold-out crowd of supporters.',
  published: '2005-05-21',
  entities: [{ name: 'Arsenal', type: 'ORG' }],
};

function conformance(label: string, skip: string | false, open: () => Promise<{ store: CorpusStore; cleanup: () => Promise<void> }>) {
  describe(`Store conformance: ${label}`, { skip }, () => {
    let store: CorpusStore;
    let cleanup: () => Promise<void>;
    const ids: Record<string, number> = {};

    before(async () => {
      ({ store, cleanup } = await open());
      await store.migrate(); // a second migrate changes nothing
    });
    after(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('stores a document and gives back its row, brief and raw input', async () => {
      const d = doc(belarusA, 'a.txt');
      const r = await store.addDocument(d);
      assert.equal(r.created, true);
      assert.equal(r.duplicateOf, null);
      ids.a = r.id;
      const row = await store.getDocument(r.id);
      assert.ok(row);
      assert.equal(row.title, belarusA.title);
      assert.equal(row.published, '2022-03-01');
      assert.equal(row.source, 'a.txt');
      assert.match(row.hash, /^[0-9a-f]{64}$/);
      assert.deepEqual(row.findings, { error: 0, warning: 1, info: 0 });
      assert.ok(!Number.isNaN(Date.parse(row.ingestedAt)));
      assert.deepEqual(await store.getBrief(r.id), d.brief);
      const raw = await store.getRaw(r.id);
      assert.equal(raw?.name, 'a.txt');
      assert.deepEqual(raw?.bytes, d.raw);
      assert.equal(await store.getDocument(999999), null);
      assert.equal(await store.getBrief(999999), null);
    });

    it('is idempotent by content hash, line endings aside', async () => {
      const d = doc(belarusA, 'again.txt');
      const r = await store.addDocument(d);
      assert.deepEqual(r, { id: ids.a, created: false, duplicateOf: null });
      const crlf = { ...d, raw: Buffer.from(d.raw.toString('utf8').replace(/\n/g, '\r\n')) };
      assert.equal((await store.addDocument(crlf)).id, ids.a);
      assert.equal(await store.hasHash('0'.repeat(64)), null);
      assert.deepEqual(await store.ids(), [ids.a]);
    });

    it('adds more documents and lists their ids in order', async () => {
      ids.b = (await store.addDocument(doc(belarusB, 'b.txt'))).id;
      ids.c = (await store.addDocument(doc(belarusC, 'c.txt'))).id;
      ids.f = (await store.addDocument(doc(football, 'f.txt'))).id;
      assert.deepEqual(await store.ids(), [ids.a, ids.b, ids.c, ids.f]);
    });

    it('searches full text with ranking and highlighted snippets', async () => {
      const r = await store.search({ q: 'personnel' });
      assert.equal(r.total, 3);
      assert.deepEqual(new Set(r.hits.map((h) => h.id)), new Set([ids.a, ids.b, ids.c]));
      for (const h of r.hits) assert.match(h.snippet, /«personnel»/i);
      // A title match outranks a body match.
      const t = await store.search({ q: 'withdrawal' });
      assert.equal(t.hits[0].id, ids.a);
      // Stemming: "troops" finds "troop".
      assert.equal((await store.search({ q: 'troops' })).hits[0]?.id, ids.a);
      const both = await store.search({ q: 'army Vilnius' });
      assert.deepEqual(both.hits.map((h) => h.id), [ids.b]);
      assert.deepEqual((await store.search({ q: 'personnel -Vilnius' })).hits.map((h) => h.id).sort(), [ids.a, ids.c].sort());
      assert.equal((await store.search({ q: 'zzzqqq' })).total, 0);
    });

    it('does not read search input as query syntax', async () => {
      for (const q of ['AND', '"unclosed', 'NEAR(a b)', 'a:b', '*', '(((', 'personnel OR', "O'Brien", '-', 'col:personnel']) {
        const r = await store.search({ q });
        assert.ok(r.total >= 0, q);
      }
      assert.ok((await store.search({ q: 'personnel OR replay' })).total >= 4);
    });

    it('filters by date, findings and paginates', async () => {
      assert.deepEqual((await store.search({ q: 'personnel', from: '2022-04-01' })).hits.map((h) => h.id).sort(), [ids.b, ids.c].sort());
      assert.deepEqual((await store.search({ q: 'personnel', to: '2022-04-10' })).hits.map((h) => h.id).sort(), [ids.a, ids.b].sort());
      assert.deepEqual((await store.search({ hasFindings: true })).hits.map((h) => h.id), [ids.a]);
      const all = await store.search({ limit: 2 });
      assert.equal(all.total, 4);
      assert.equal(all.hits.length, 2);
      assert.equal(all.hits[0].id, ids.c); // newest first without a query
      const next = await store.search({ limit: 2, offset: 2 });
      assert.deepEqual(next.hits.map((h) => h.id), [ids.a, ids.f]);
    });

    it('filters by entity through the knowledge-base id, so spellings meet', async () => {
      const ko = await store.search({ entity: 'Lukashenko' });
      const ka = await store.search({ entity: 'Lukashenka' });
      assert.deepEqual(ko.hits.map((h) => h.id).sort(), [ids.a, ids.b].sort());
      assert.deepEqual(ka.hits.map((h) => h.id).sort(), [ids.a, ids.b].sort());
      assert.deepEqual((await store.search({ entity: 'Q36049', q: 'Vilnius' })).hits.map((h) => h.id), [ids.b]);
      assert.equal((await store.search({ entity: 'Lukashenko', type: 'ORG' })).total, 0);
      assert.deepEqual((await store.search({ type: 'ORG' })).hits.map((h) => h.id), [ids.f]);
      assert.equal((await store.search({ entity: 'Nobody Atall' })).total, 0);
    });

    it('links a lightly edited copy to its original', async () => {
      const copy = { ...belarusA, title: 'Minsk announces troop withdrawal (update)', text: belarusA.text.replace('on Tuesday', 'on Wednesday') };
      const r = await store.addDocument(doc(copy, 'copy.txt'));
      assert.equal(r.created, true);
      assert.equal(r.duplicateOf, ids.a);
      ids.copy = r.id;
      assert.equal((await store.getDocument(r.id))?.duplicateOf, ids.a);
      const copy2 = { ...copy, title: copy.title + ' again', text: copy.text.replace('long session', 'lengthy session') };
      assert.equal((await store.addDocument(doc(copy2, 'copy2.txt'))).duplicateOf, ids.a);
      const other = await store.getDocument(ids.f);
      assert.equal(other?.duplicateOf, null);
    });

    it('finds the contradiction between two articles, naming both sentences', async () => {
      const cs = await store.contradictions();
      assert.equal(cs.length, 1, JSON.stringify(cs.map((c) => c.finding.message)));
      const c = cs[0];
      assert.equal(c.measure, 'active personnel');
      assert.equal(c.time, '2022');
      assert.deepEqual([c.a.docId, c.b.docId].sort(), [ids.a, ids.b].sort());
      const byDoc = new Map([c.a, c.b].map((x) => [x.docId, x]));
      assert.equal(byDoc.get(ids.a)?.value, 48000);
      assert.equal(byDoc.get(ids.b)?.value, 45000);
      assert.match(byDoc.get(ids.b)!.sentence, /Belarus has 45,000 active personnel/);
      assert.equal(c.finding.rule, 'corpus.contradiction');
      assert.match(c.finding.message, new RegExp(`#${ids.a}`));
      assert.match(c.finding.message, new RegExp(`#${ids.b}`));
      assert.deepEqual(await store.contradictions({ limit: 1, offset: 1 }), []);
    });

    it('profiles an entity: articles over time, companions, figures', async () => {
      const p = await store.entityProfile('Belarus');
      assert.ok(p);
      assert.equal(p.kb, 'Q184');
      assert.equal(p.key, 'Q184');
      assert.deepEqual(p.articles.map((a) => a.id).sort((x, y) => x - y), [ids.a, ids.b, ids.c, ids.copy, ids.copy + 1].sort((x, y) => x - y));
      assert.deepEqual(p.perMonth.map((m) => m.month), ['2022-03', '2022-04', '2022-05']);
      assert.equal(p.coOccurring[0].key, 'Q36049');
      assert.equal(p.coOccurring[0].count, 4);
      const contradicted = p.figures.filter((f) => f.contradicted).map((f) => f.docId).sort();
      assert.deepEqual(contradicted, [ids.a, ids.b].sort());
      assert.equal(await store.entityProfile('Nobody Atall'), null);
      const lk = await store.entityProfile('Lukashenka');
      assert.equal(lk?.key, 'Q36049');
    });

    it('merges the timelines of all articles in order', async () => {
      const t = await store.timeline();
      assert.deepEqual(t.slice(0, 2).map((r) => [r.value, r.docId]), [['2022-02-20', ids.b], ['2022-03-01', ids.a]]);
      assert.ok(t[0].entities.includes('Q36049'));
      assert.deepEqual((await store.timeline({ from: '2022-03-01' }))[0].docId, ids.a);
      assert.deepEqual((await store.timeline({ to: '2022-02-28' })).map((r) => r.docId), [ids.b]);
      assert.equal((await store.timeline({ entity: 'Lukashenko' })).length, t.length);
      assert.equal((await store.timeline({ entity: 'Vilnius' })).length, 0);
    });

    it('replaces a brief and re-indexes it', async () => {
      const changed = doc({ ...football, text: football.text.replace('replay', 'penalty shootout') }).brief;
      await store.replaceBrief(ids.f, changed);
      assert.equal((await store.search({ q: 'replay' })).total, 0);
      assert.deepEqual((await store.search({ q: 'shootout' })).hits.map((h) => h.id), [ids.f]);
      assert.deepEqual(await store.getBrief(ids.f), changed);
      assert.equal((await store.getRaw(ids.f))?.name, 'f.txt');
      await assert.rejects(() => store.replaceBrief(999999, changed));
    });
  });
}

conformance('SQLite', false, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  const store = await openStore(join(dir, 'test.db'));
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

conformance('PostgreSQL', PG_SKIP, async () => {
  const db = await createTestDatabase('dossier_conf');
  const store = await openStore(db.url);
  return { store, cleanup: db.drop };
});
