#!/usr/bin/env node
// The dossier command. The build (scripts/build-bundle.mjs) bundles the CLI into one script,
// dist/bundle/dossier.cjs, with a V8 code cache made on a sample article: started from those,
// `dossier analyze` loads one file instead of ~150 ES modules and compiles almost nothing. When
// there is no bundle, or it is older than the compiled modules (tsc ran after it), or the code
// cache does not fit this node, the command still works: from dist/cli/main.js, or uncached.
'use strict';
// Compile each regular expression straight to machine code. V8's default interprets a pattern's
// first match from bytecode and compiles it again on reuse; a one-article run uses most of its
// (large, Unicode) patterns only a few times, so it paid both compilations. The code cache below
// is written under this same flag, which V8 checks.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { existsSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const BUNDLE = join(dist, 'bundle', 'dossier.cjs');
const CACHE = BUNDLE + '.cache';
const MAIN = join(dist, 'cli', 'main.js');

/** Whether the bundle can be used: built, and not older than dist/cli. */
function bundleUsable() {
  if (!existsSync(BUNDLE)) return false;
  return !existsSync(MAIN) || statSync(BUNDLE).mtimeMs >= statSync(MAIN).mtimeMs;
}

/** Runs the bundle as CommonJS does, with the code cache when it fits. Returns the compiled script. */
function runBundle() {
  const cachedData = existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  // CommonJS's wrapper, plus the importer of the commands left out of the bundle (those over the
  // store), which are ES modules in dist/cli.
  const source = `(function (exports, require, module, __filename, __dirname, __dossierImport) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const dir = join(dist, 'bundle');
  const importer = (path) => import(pathToFileURL(resolve(dir, path)).href);
  const module = { exports: {}, filename: BUNDLE, id: BUNDLE };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dir, importer);
  return script;
}

if (bundleUsable()) {
  const script = runBundle();
  // The build sets this to write the cache once the sample run has compiled what a run needs.
  if (process.env.DOSSIER_WRITE_CODE_CACHE === '1') process.on('exit', () => writeFileSync(CACHE, script.createCachedData()));
} else {
  import('../dist/cli/main.js');
}
