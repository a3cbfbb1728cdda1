// The golden cases under test/fixtures/<case>/: an input (input.txt or input.html, optionally
// options.json with {date}) and expected.json, the Brief it must produce.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeRaw } from '../src/analyze.js';
import type { Brief } from '../src/brief/types.js';
import { readFileInput } from '../src/extract/read.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  date?: string;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) throw new Error(`fixture ${d.name} has no input.* file`);
      const opts = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
      return { name: d.name, dir, input: join(dir, input), date: opts.date };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The Brief of a case, with the machine-specific source path made relative. */
export function runCase(c: FixtureCase): Brief {
  const raw = readFileInput(c.input);
  raw.name = `${c.name}/${c.input.split('/').pop()}`;
  return analyzeRaw(raw, { date: c.date });
}
