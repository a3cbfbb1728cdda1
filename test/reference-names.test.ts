// The committed NER model on the reference article: the names the issue lists must come out of
// the tagger itself (segment and ner stages only, before resolution retypes or merges anything),
// each as an exact span with its type.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REFERENCE_NAMES, taggerSpans } from '../bench/reference-names.js';
import { FIXTURES } from './fixture-cases.js';

const found = taggerSpans(readFileSync(join(FIXTURES, 'belarus-deescalation/input.txt'), 'utf8'));

describe('reference article: the tagger finds the names the issue lists', () => {
  for (const [name, type] of REFERENCE_NAMES) {
    it(`${name} (${type})`, () => {
      assert.ok(found.get(name)?.has(type), `${name}: got ${[...(found.get(name) ?? [])].join(',') || 'no mention of this span'}`);
    });
  }
});
