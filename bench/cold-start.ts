// The cold start of `dossier analyze` on one article as a user runs it: the `dossier` bin
// (bin/dossier.cjs) in a fresh process each run; wall time and the CPU time of the child (user +
// system, from the kernel's account of waited-for children), the median of several runs.
// `--compare` also times the unbundled path (dist/cli/main.js), which the bin falls back to.
// Needs the build (npm run build). Usage: npm run bench:cold [-- --runs N] [--article FILE] [--compare]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface ColdStart {
  runs: number;
  wallMs: number;
  cpuMs: number;
  minWallMs: number;
  minCpuMs: number;
}

export const BIN = fileURLToPath(new URL('../bin/dossier.cjs', import.meta.url));
export const UNBUNDLED = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
export const DEFAULT_ARTICLE = fileURLToPath(new URL('../samples/articles/belarus-deescalation.txt', import.meta.url));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU ms used so far by this process's waited-for children (Linux /proc; clock ticks of 10 ms), or null. */
function childrenCpuMs(): number | null {
  try {
    // Fields after the command name's closing parenthesis; cutime and cstime are fields 16 and 17.
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Null when the script is not there (the build has not run). */
export function coldStart(article: string, runs = 7, script = BIN): ColdStart | null {
  if (!existsSync(script)) return null;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [script, 'analyze', article], { encoding: 'utf8', maxBuffer: 64 << 20 });
    walls.push(performance.now() - t0);
    const c1 = childrenCpuMs();
    if (r.status !== 0) throw new Error(`dossier analyze ${article} failed: ${r.stderr}`);
    if (c0 !== null && c1 !== null) cpus.push(c1 - c0);
  }
  return {
    runs,
    wallMs: median(walls),
    cpuMs: cpus.length ? median(cpus) : NaN,
    minWallMs: Math.min(...walls),
    minCpuMs: cpus.length ? Math.min(...cpus) : NaN,
  };
}

/** The Markdown rows of a cold-start table for the given scripts. */
export function coldStartTable(article: string, runs: number, scripts: [string, string][]): string[] {
  const lines = ['| started from | wall ms (median) | wall ms (best) | CPU ms (median) | CPU ms (best) |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [label, script] of scripts) {
    const c = coldStart(article, runs, script);
    lines.push(c ? `| ${label} | ${c.wallMs.toFixed(0)} | ${c.minWallMs.toFixed(0)} | ${c.cpuMs.toFixed(0)} | ${c.minCpuMs.toFixed(0)} |` : `| ${label} | not built (npm run build) | | | |`);
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, article: { type: 'string', default: DEFAULT_ARTICLE }, compare: { type: 'boolean', default: false } } });
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  const runs = Number(values.runs);
  console.log(`## cold start of \`dossier analyze\` on one article\n\n${values.article}, ${runs} fresh processes each, node ${process.version}; load average at start ${load()}\n`);
  const scripts: [string, string][] = [['bin/dossier.cjs (the bin)', BIN]];
  if (values.compare) scripts.push(['dist/cli/main.js (unbundled)', UNBUNDLED]);
  // Interleaving would be fairer under load, but each row is one script's runs back to back.
  for (const line of coldStartTable(values.article!, runs, scripts)) console.log(line);
  console.log(`\nload average at end ${load()}; CPU is the child's user + system time (10 ms ticks)`);
}
