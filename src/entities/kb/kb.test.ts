import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KnowledgeBase } from './knowledge-base.js';
import { loadKb } from './load.js';
import { normKey } from './normalize.js';

test('normKey ignores case, accents, apostrophes, hyphens and a leading article', () => {
  assert.equal(normKey('The Kremlin'), 'kremlin');
  assert.equal(normKey('Homyel’'), 'homyel');
  assert.equal(normKey('Kastuś Kalinoŭski'), 'kastus kalinouski');
  assert.equal(normKey('Kilroy-Silk'), 'kilroy silk');
  assert.equal(normKey('Lukashenko’s'), 'lukashenko');
});

test('the compiled knowledge base loads and looks up aliases, variants and roles', () => {
  const kb = loadKb();
  assert.ok(kb.size > 5000, `only ${kb.size} entries`);
  const kyiv = kb.lookup('Kiev');
  assert.ok(kyiv.some((h) => h.entry.name === 'Kyiv' && h.kind === 'variant'));
  assert.ok(kb.lookup('Kyiv').some((h) => h.entry.id === 'Q1899' && h.kind === 'name'));
  const luka = kb.lookup('Lukashenka')[0];
  assert.equal(luka.entry.id, 'Q2866');
  assert.equal(luka.kind, 'variant');
  assert.ok(kb.lookup('Chatham House').some((h) => h.entry.type === 'ORG'));
  assert.ok(kb.lookup('HUR').some((h) => h.entry.name.startsWith('Main Directorate of Intelligence')));
  assert.ok(kb.lookup('Belarusian').some((h) => h.entry.type === 'NORP' && h.entry.country === 'BLR'));
  const georgia = kb.lookup('Georgia').map((h) => h.entry.id);
  assert.ok(georgia.includes('Q230'));
  assert.ok(kb.byRoleDescription('belarusian president').some((e) => e.id === 'Q2866'));
  const invasion = kb.lookup('Russian invasion of Ukraine')[0].entry;
  assert.equal(invasion.type, 'EVENT');
  assert.equal(invasion.date, '2022-02-24');
  assert.deepEqual(kb.lookup('Xyzzyville'), []);
});

test('a hand-built knowledge base keeps the strongest kind for a repeated name', () => {
  const kb = new KnowledgeBase([
    { id: 'Q1', name: 'Alpha', type: 'ORG', prior: 0.5, aliases: ['Alpha', 'ALF'], variants: ['Alfa'], roles: [] },
  ]);
  assert.equal(kb.lookup('alpha')[0].kind, 'name');
  assert.equal(kb.lookup('ALF')[0].kind, 'alias');
  assert.equal(kb.lookup('Alfa')[0].kind, 'variant');
  assert.ok(kb.keysNear('alpah', 1).includes('alpha'));
});

test('normKey: plain names and names the rules rewrite', () => {
  const cases: [string, string][] = [
    ['Tony Blair', 'tony blair'], ['The Hague', 'hague'], ['the  Hague', 'hague'], [' The Hague', 'hague'],
    ["Blair's", 'blair'], ['Al-Qaeda', 'al qaeda'], ['U.S.', 'u s'], ['Kyiv ', 'kyiv'], ['Thebes', 'thebes'],
    ['THE WHO', 'who'], ['', ''], ['Zürich', 'zurich'], ['a_b/c,d', 'a b c d'], ['Tony  Blair', 'tony blair'],
  ];
  for (const [name, key] of cases) assert.equal(normKey(name), key, name);
});
