// The cold start of `dossier analyze` on one article: wall and CPU time of a fresh process, the
// median of several runs. Needs the built CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ColdStart {
  runs: number;
  wallMs: number;
  cpuMs: number;
  minWallMs: number;
}

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
// Prints the child's own CPU time (user + system, since it started) to stderr as it exits.
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\ncpu-us '+(c.user+c.system)+'\\n')})`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Null when the CLI is not built. */
export function coldStart(article: string, runs = 7): ColdStart | null {
  if (!existsSync(CLI)) return null;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', REPORT_CPU, CLI, 'analyze', article], { encoding: 'utf8' });
    walls.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`dossier analyze ${article} failed: ${r.stderr}`);
    const m = /cpu-us (\d+)/.exec(r.stderr);
    if (m) cpus.push(Number(m[1]) / 1000);
  }
  return { runs, wallMs: median(walls), cpuMs: cpus.length ? median(cpus) : NaN, minWallMs: Math.min(...walls) };
}
