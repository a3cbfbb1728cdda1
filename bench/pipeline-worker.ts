// Runs the full analysis over a list of files and reports counts and per-stage times.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeExtractedBatch, CORPUS_BATCH, defaultPipeline } from '../src/analyze.js';
import { Doc } from '../src/core/doc.js';
import { InputError } from '../src/core/errors.js';
import type { StageHook } from '../src/core/pipeline.js';
import { newContext } from '../src/core/stage.js';
import { extractRaw, extractString } from '../src/extract/index.js';
import { prepareBytes } from '../src/extract/read.js';

export interface RunResult {
  docs: number;
  failed: number;
  tokens: number;
  words: number;
  chars: number;
  ms: number;
  stages: Record<string, number>;
  /** CPU ms per stage: this thread's (process-wide where /proc/thread-self is missing). */
  stageCpu: Record<string, number>;
  maxRssMb: number;
  /** CPU ms of the analysing thread alone (null where /proc/thread-self is not there). */
  threadCpuMs: number | null;
}

/** CPU time the calling thread has run, in ms (Linux's scheduler account, in ns), or null. The
 *  process's CPU time also counts V8's compiler and GC threads, which run beside this one. */
export function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** `stageCpu` false skips the per-stage CPU reads (two system calls a stage a batch): in a worker
 * they would read the whole process's CPU, so they are not reported there. */
export function runFiles(files: string[], repeat = 1, stageCpu = true, batch = CORPUS_BATCH): RunResult {
  // Read everything first: the benchmark measures analysis, not the disk.
  const inputs = files.map((f) => ({ name: f, raw: readFileSync(f) }));
  const { pipeline, resources } = defaultPipeline();
  const stages: Record<string, number> = { extract: 0 };
  const cpu: Record<string, number> = { extract: 0 };
  // The analysing thread's own CPU where Linux tells it (the process's would add V8's compiler
  // and GC threads' work to whichever stage happened to be running).
  const perThread = threadCpuMs() !== null;
  const cpuMs = !stageCpu ? () => 0 : perThread ? () => threadCpuMs()! : () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let wall0 = 0, cpu0 = 0;
  const hook: StageHook = (stage, phase) => {
    if (phase === 'before') {
      wall0 = performance.now();
      cpu0 = cpuMs();
      return;
    }
    stages[stage.name] = (stages[stage.name] ?? 0) + performance.now() - wall0;
    cpu[stage.name] = (cpu[stage.name] ?? 0) + cpuMs() - cpu0;
  };
  let docs = 0, failed = 0, tokens = 0, words = 0, chars = 0;
  const t0 = performance.now();
  const thread0 = threadCpuMs();
  for (let r = 0; r < repeat; r++) {
    for (let b = 0; b < inputs.length; b += batch) {
      const e0 = performance.now();
      const ec0 = cpuMs();
      const batchDocs: Doc[] = [];
      for (const { name, raw } of inputs.slice(b, b + batch)) {
        try {
          const ex = extractRaw({ name, bytes: prepareBytes(name, raw), hint: /\.html?(\.gz)?$/i.test(name) ? 'html' : 'text' });
          batchDocs.push(new Doc(ex.text, ex.blocks, ex.meta));
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          failed++;
        }
      }
      stages.extract += performance.now() - e0;
      cpu.extract += cpuMs() - ec0;
      const errors = pipeline.runBatch(batchDocs, batchDocs.map(() => ({ ...newContext(), resources })), hook);
      batchDocs.forEach((doc, i) => {
        if (errors[i] !== null) {
          if (!(errors[i] instanceof InputError)) throw errors[i];
          failed++;
          return;
        }
        const tt = doc.get('tokens');
        tokens += tt.length;
        for (let k = 0; k < tt.length; k++) if (tt.flags[k] & (4 | 8)) words++;
        chars += doc.text.length;
        docs++;
      });
    }
  }
  return { docs, failed, tokens, words, chars, ms: performance.now() - t0, stages, stageCpu: cpu, maxRssMb: process.resourceUsage().maxRSS / 1024, threadCpuMs: thread0 === null ? null : threadCpuMs()! - thread0 };
}

/** Warms up on texts other than the measured ones (bench/warm-texts.ts), in batches. */
function warmOn(texts: readonly string[]): void {
  for (let b = 0; b < texts.length; b += CORPUS_BATCH) {
    analyzeExtractedBatch(texts.slice(b, b + CORPUS_BATCH).map((t) => ({ ex: extractString(t, 'text') })));
  }
}

export interface RunRequest {
  files: string[];
  /** Warm up on these files of the corpus, or on these other texts, before 'go'. */
  warmFiles?: string[];
  warmTexts?: string[];
  repeat?: number;
  batch?: number;
  /** Per-stage CPU: meaningful when this worker is the only busy thread. */
  stageCpu?: boolean;
}

// In a worker: load and warm up, say so, then run on 'go' (so the main thread can time the
// analysis apart from the start-up of all workers).
if (parentPort && workerData?.files) {
  const port = parentPort;
  const req = workerData as RunRequest;
  if (req.warmTexts) warmOn(req.warmTexts);
  runFiles(req.warmFiles ?? [], 1, false, req.batch);
  port.once('message', () => port.postMessage(runFiles(req.files, req.repeat ?? 1, req.stageCpu ?? false, req.batch)));
  port.postMessage('ready');
}
