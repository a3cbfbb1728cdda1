// The `dossier` bin (bin/dossier.cjs) as installed: from the bundle the build makes, its output is
// the compiled modules' byte for byte, the commands left out of the bundle still run, and without a
// bundle it falls back to dist/cli. Needs the build (npm ci / npm run build); skips without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/dossier.cjs');
const MAIN = join(root, 'dist/cli/main.js');
const BUNDLE = join(root, 'dist/bundle/dossier.cjs');
const REF = join(root, 'test/fixtures/belarus-deescalation/input.txt');

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dossier-bin-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('bin/dossier.cjs', { skip: existsSync(MAIN) ? false : 'not built (npm run build)' }, () => {
  it('gives the same briefs as the compiled modules, in every format', { skip: existsSync(BUNDLE) ? false : 'no bundle' }, () => {
    for (const format of ['md', 'json', 'html']) {
      const a = run(BIN, ['analyze', '--format', format, REF]);
      const b = run(MAIN, ['analyze', '--format', format, REF]);
      assert.equal(a.code, 0, a.err);
      assert.equal(a.out, b.out);
      assert.equal(a.err, '');
    }
  });

  it('runs the commands left out of the bundle (those over the store)', () => {
    const db = join(tmp, 'corpus.db');
    const ingest = run(BIN, ['ingest', '--quiet', '--db', db, REF]);
    assert.equal(ingest.code, 0, ingest.err);
    const search = run(BIN, ['search', '--db', db, 'Lukashenko']);
    assert.equal(search.code, 0, search.err);
    assert.match(search.out, /match/);
  });

  it('falls back to dist/cli when there is no bundle', () => {
    // A copy of the bin beside a dist/ that holds only the compiled modules.
    mkdirSync(join(tmp, 'pkg/bin'), { recursive: true });
    mkdirSync(join(tmp, 'pkg/dist'), { recursive: true });
    copyFileSync(BIN, join(tmp, 'pkg/bin/dossier.cjs'));
    for (const d of readdirSync(join(root, 'dist'))) if (d !== 'bundle') symlinkSync(join(root, 'dist', d), join(tmp, 'pkg/dist', d));
    const a = run(join(tmp, 'pkg/bin/dossier.cjs'), ['analyze', REF]);
    const b = run(MAIN, ['analyze', REF]);
    assert.equal(a.code, 0, a.err);
    assert.equal(a.out, b.out);
  });

  it('reports usage errors and unknown commands as before', () => {
    const r = run(BIN, ['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown command "frobnicate"/);
    assert.equal(run(BIN, ['analyze', '--format', 'xml', REF]).code, 2);
  });
});
