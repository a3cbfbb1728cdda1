import { makeAnalyzer, defaultWorkers } from '../corpus/ingest/pool.js';
import { itemFromStored } from '../corpus/ingest/item.js';
import { Progress } from '../corpus/ingest/progress.js';
import { openStore, redact, resolveDbUrl } from '../store/open.js';
import { parse, UsageError, wholeNumber } from './args.js';
import { reportFailure } from './inputs.js';

const HELP = `usage: dossier reanalyze [ID...] [--db URL] [--workers N] [--quiet]

Analyses stored articles again from their original input (kept compressed in the store) and
replaces their briefs, so the whole corpus benefits when a stage improves. Without IDs,
every document is reanalysed.

  --db       the store (default $DOSSIER_DB or ./dossier.db)
  --workers  analysis threads (default: one per core)`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    workers: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  for (const p of positionals) if (!/^\d+$/.test(p)) throw new UsageError(`document ids are whole numbers, got "${p}"`);
  const workers = wholeNumber('workers', values.workers, defaultWorkers());
  const db = resolveDbUrl(values.db);
  let store;
  try {
    store = await openStore(db);
  } catch (e) {
    reportFailure('reanalyze', (e as Error).message);
    return 1;
  }
  const ids = positionals.length ? positionals.map(Number) : await store.ids();
  const analyzer = makeAnalyzer(workers);
  const progress = new Progress({ label: 'reanalyze', total: ids.length, quiet: values.quiet });
  let done = 0;
  let failed = 0;
  const fail = (msg: string) => {
    failed++;
    progress.clearLine();
    reportFailure('reanalyze', msg);
  };
  try {
    let writes: Promise<void> = Promise.resolve();
    const inFlight = new Set<Promise<void>>();
    for (const id of ids) {
      const raw = await store.getRaw(id);
      if (!raw) {
        fail(`#${id}: no such document in the store`);
        progress.tick();
        continue;
      }
      const job = analyzer.run({ item: itemFromStored(raw.name, raw.bytes), mode: 'brief' }).then((out) => {
        if (!out.ok || !out.brief) {
          fail(`#${id}: ${out.ok ? 'no brief' : out.reason}`);
          progress.tick();
          return;
        }
        const brief = out.brief;
        writes = writes.then(async () => {
          await store.replaceBrief(id, brief);
          done++;
          progress.tick();
        });
        return writes;
      });
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= analyzer.size * 3) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writes;
    progress.finish(`dossier reanalyze: ${done} document${done === 1 ? '' : 's'} updated in ${progress.elapsed.toFixed(1)} s in ${redact(db)}, ${failed} failed`);
    return failed ? 1 : 0;
  } finally {
    await analyzer.close();
    await store.close();
  }
}
