import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { KnowledgeBase } from './knowledge-base.js';
import { defaultKbRowsPath, loadKb, parseKbFile } from './load.js';
import { packKb, PackedKnowledgeBase } from './packed.js';

const hitsOf = (kb: KnowledgeBase, key: string) => kb.hitsForKey(key).map((h) => `${h.entry.id}/${h.entry.name}/${h.kind}`);

test('the packed knowledge base answers every key, role, id and near-key query as the Map one', () => {
  const map = parseKbFile(readFileSync(defaultKbRowsPath()));
  const packed = new PackedKnowledgeBase(packKb(map));
  assert.equal(packed.size, map.size);
  const { keys, roles } = map.indexes();
  for (const key of keys.keys()) assert.deepEqual(hitsOf(packed, key), hitsOf(map, key), key);
  for (const role of roles.keys()) {
    assert.deepEqual(packed.byRoleDescription(role).map((e) => e.id), map.byRoleDescription(role).map((e) => e.id), role);
  }
  for (const e of map.entries) assert.deepEqual(packed.get(e.id), map.get(e.id));
  assert.deepEqual(packed.entries, map.entries);
  for (const cca3 of ['BLR', 'UKR', 'USA', 'GBR', 'XXX']) assert.deepEqual(packed.country(cca3), map.country(cca3));
  const sample = [...keys.keys()].filter((_, i) => i % 97 === 0);
  for (const probe of ['lukashenka', 'kyiv', 'minsk', 'chatham house', 'zelensky', 'a', 'xyzzy', 'ünited', '😀x', ...sample]) {
    assert.deepEqual(packed.keysNear(probe, 2), map.keysNear(probe, 2), probe);
  }
  assert.equal(packed.hasKey('xyzzyville'), false);
  assert.deepEqual(packed.lookup('Xyzzyville'), []);
  assert.equal(packed.get('Q0-nothing'), undefined);
  // The same entry is the same object however it is reached (callers compare entries by identity).
  assert.equal(packed.lookup('Lukashenka')[0].entry, packed.get('Q2866'));
});

test('the committed models/kb.bin is the packing of models/kb.json.gz', () => {
  const map = parseKbFile(readFileSync(defaultKbRowsPath()));
  assert.ok(packKb(map).equals(readFileSync(new URL('../../../models/kb.bin', import.meta.url))));
  assert.ok(loadKb() instanceof PackedKnowledgeBase);
});
