import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { schemaErrors, spanErrors } from './brief-checks.js';
import { fixtureCases, runCase } from './fixture-cases.js';
import { jsonDiff } from './json-diff.js';

const cases = fixtureCases();

describe('golden fixtures', () => {
  it('has the reference article and at least five more cases', () => {
    assert.ok(cases.length >= 6, `only ${cases.length} cases`);
  });
  for (const c of cases) {
    describe(c.name, () => {
      const brief = runCase(c);
      it('validates against the Brief JSON Schema', () => {
        assert.deepEqual(schemaErrors(brief), []);
      });
      it('has every span inside the text and on what it claims', () => {
        assert.deepEqual(spanErrors(brief), []);
      });
      it('matches expected.json (npm run fixtures:update rewrites it)', () => {
        const path = join(c.dir, 'expected.json');
        assert.ok(existsSync(path), `${path} is missing: run npm run fixtures:update`);
        const expected = JSON.parse(readFileSync(path, 'utf8'));
        const actual = JSON.parse(JSON.stringify(brief));
        const diff = jsonDiff(expected, actual);
        assert.ok(diff.length === 0, `${c.name} differs from expected.json:\n  ${diff.join('\n  ')}`);
      });
    });
  }
});
