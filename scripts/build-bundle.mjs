// Bundles the compiled CLI (dist/cli/main.js, after tsc) into one CommonJS script,
// dist/bundle/dossier.cjs, and makes its V8 code cache (dossier.cjs.cache) by running bin/dossier.cjs
// on a sample article, as text and as HTML, so that the cache holds the code a run compiles.
// bin/dossier.cjs starts from them. Run by `npm run build` and by `npm ci` (prepare). Without
// esbuild, or if a step fails, it removes the bundle and the CLI runs from dist/cli instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist/cli/main.js');
const outDir = join(root, 'dist/bundle');
const bundle = join(outDir, 'dossier.cjs');
// Commands over the store stay ES modules in dist/cli: they load a native module (better-sqlite3),
// find files next to their own module (the ingest workers, the web app), and start-up matters
// little for them.
const UNBUNDLED = /^\.\/(ingest|search|reanalyze|serve)\.js$/;
// Their import() is handed to bin/dossier.cjs's importer (a dynamic import inside a script compiled
// with a code cache has no module loader to call on node 20).
const UNBUNDLED_TAG = 'dossier-unbundled:';

rmSync(outDir, { recursive: true, force: true });

function skip(why) {
  rmSync(outDir, { recursive: true, force: true });
  process.stderr.write(`build-bundle: no bundle (${why}); dossier runs from dist/cli\n`);
  process.exit(0);
}

if (!existsSync(entry)) skip(`${entry} is not built: run tsc first`);
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  skip('esbuild is not installed');
}
const unbundled = {
  name: 'unbundled-commands',
  setup(build) {
    build.onResolve({ filter: UNBUNDLED }, (args) =>
      args.importer.endsWith(join('cli', 'commands.js')) ? { path: `${UNBUNDLED_TAG}../cli/${args.path.slice(2)}`, external: true } : undefined,
    );
  },
};
mkdirSync(outDir, { recursive: true });
try {
  await esbuild.build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    external: ['better-sqlite3', 'pg'],
    plugins: [unbundled],
    // CommonJS has no import.meta: give import.meta.url (which finds models/) the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
} catch (e) {
  skip(`esbuild failed: ${e.message}`);
}
// bin/dossier.cjs compiles the bundle inside a function wrapper, where main.js's #! line cannot stand.
let code = readFileSync(bundle, 'utf8').replace(/^#!.*\n/, '');
const imports = code.split(`import("${UNBUNDLED_TAG}`).length - 1;
code = code.replaceAll(`import("${UNBUNDLED_TAG}`, '__dossierImport("');
if (imports !== 4 || /\bimport\(/.test(code)) skip(`expected the 4 store commands' import() and no other, found ${imports}`);
writeFileSync(bundle, code);

// A made-up article touching every stage (names, dates, figures, quotes, claims), and the same as
// an HTML page, so that the cache covers both extraction paths.
const PARAGRAPHS = [
  'Harbour city council approves new flood defences',
  'By Anna Kowalski, Political correspondent. Published 14 March 2023.',
  'The city council of Portmere voted on Tuesday to spend £42.5m on new flood defences along the River Ash, after the worst floods since 1998 forced 3,200 people from their homes last winter.',
  '"We cannot wait another decade," said the council leader, Maria Ferreira. "Every year of delay costs families their homes." Ms Ferreira told BBC Radio Portmere that work would begin in May and end by the autumn of 2025.',
  "The opposition Liberal Democrats said the plan was too little, too late. Their spokesman, John O'Neill, claimed that the Environment Agency had warned the council in 2019 that 12% of the city was at risk, up from 8% in 2010.",
  'According to figures from the Office for National Statistics, the population of Portmere rose by 4.1% to 215,000 between 2011 and 2021. About one in five households lives within 500 metres of the river.',
  'Last week the Prime Minister, speaking in London on 7 March, promised an extra $1.2 billion for coastal towns across the United Kingdom, France and the Netherlands over the next three years.',
  'Residents such as Tom Price, 67, remain sceptical. "They said the same thing in 2014," he said on Wednesday, adding that insurance premiums had doubled in two years. The council will meet again on 3 April.',
];
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${PARAGRAPHS[0]}</title>
<meta property="article:published_time" content="2023-03-14T09:30:00Z"><meta name="author" content="Anna Kowalski"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${PARAGRAPHS[0]}</h1>
${PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
</article><footer><p>&copy; 2023 Example News</p></footer></body></html>`;
const tmp = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
try {
  writeFileSync(join(tmp, 'sample.txt'), PARAGRAPHS.join('\n\n') + '\n');
  writeFileSync(join(tmp, 'sample.html'), html);
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier.cjs'), 'analyze', join(tmp, 'sample.txt'), join(tmp, 'sample.html')], {
    env: { ...process.env, DOSSIER_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 || !existsSync(bundle + '.cache')) skip(`the sample run failed (status ${r.status})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.stderr.write('build-bundle: dist/bundle/dossier.cjs and its code cache\n');
