// The bundled sample corpus is well-formed: every line a record ingest accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parseRecord } from '../src/corpus/ingest/item.js';

it('samples/corpus.jsonl.gz holds ingestible {url, title, text, date} records', () => {
  const lines = gunzipSync(readFileSync(new URL('../samples/corpus.jsonl.gz', import.meta.url))).toString('utf8').split('\n').filter(Boolean);
  assert.ok(lines.length >= 150, `${lines.length} records`);
  const recs = lines.map((l, i) => parseRecord(l, `corpus.jsonl#L${i + 1}`));
  for (const r of recs) {
    assert.ok(r.text.length >= 300);
    assert.ok(r.title);
    if (r.date) assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.ok(recs.some((r) => /Lukashenko/.test(r.title ?? '')));
  assert.equal(new Set(recs.map((r) => r.text)).size, recs.length);
});
