import { makeAnalyzer, defaultWorkers } from '../corpus/ingest/pool.js';
import { Progress } from '../corpus/ingest/progress.js';
import { ingest } from '../corpus/ingest/run.js';
import { countLines, expandInputs, readItems } from '../corpus/ingest/sources.js';
import { openStore, redact, resolveDbUrl } from '../store/open.js';
import { parse, UsageError, wholeNumber } from './args.js';
import { reportFailure } from './inputs.js';

const HELP = `usage: dossier ingest PATH|GLOB|URL|- ... [--db URL] [--workers N] [--quiet]

Analyses articles and stores their briefs in the corpus. Reads files, folders (recursively:
.txt, .html, .htm, .md, .jsonl and their .gz), glob patterns ("news/**/*.html"), URLs, and -
for standard input. JSON Lines files hold one {"url", "title", "text", "date"} per line.

Ingest is idempotent: an input whose content is already stored is skipped, so running it
again after an interruption resumes where it stopped. Near-duplicate articles are linked to
the original they copy.

  --db       the store: a file path or sqlite:PATH (default $DOSSIER_DB or ./dossier.db),
             or postgres://user@host:port/db
  --workers  analysis threads (default: one per core; 0 analyses on the main thread)
  --quiet    no progress, only failures and the summary

A document that cannot be read or analysed is reported on stderr with the reason and the
rest go on; the exit status is 1 if any failed.`;

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
  if (!positionals.length) throw new UsageError('give at least one file, folder, glob, URL or - for standard input');
  const workers = wholeNumber('workers', values.workers, defaultWorkers(), 64);
  const { sources, problems } = expandInputs(positionals);
  for (const p of problems) reportFailure('ingest', p);
  if (!sources.length) return 1;

  let total: number | null = 0;
  for (const s of sources) {
    if (s.kind === 'jsonl') total += await countLines(s.name).catch(() => 0);
    else if (s.kind === 'stdin') total = null;
    else total += 1;
    if (total === null) break;
  }

  const db = resolveDbUrl(values.db);
  let store;
  try {
    store = await openStore(db);
  } catch (e) {
    reportFailure('ingest', (e as Error).message);
    return 1;
  }
  const analyzer = makeAnalyzer(workers);
  const progress = new Progress({ label: 'ingest', total, quiet: values.quiet });
  let stop = false;
  const onSigint = () => {
    if (stop) process.exit(130);
    stop = true;
    progress.clearLine();
    process.stderr.write('dossier ingest: stopping after the documents in progress (Ctrl-C again to quit now); run the same command to resume\n');
  };
  process.on('SIGINT', onSigint);
  try {
    const stats = await ingest({
      store,
      items: readItems(sources),
      analyzer,
      onItem: () => progress.tick(),
      onFailure: (reason) => {
        progress.clearLine();
        reportFailure('ingest', reason);
      },
      stopped: () => stop,
    });
    const secs = progress.elapsed;
    progress.finish(
      `dossier ingest: ${stats.seen} input${stats.seen === 1 ? '' : 's'} in ${secs.toFixed(1)} s (${(stats.seen / Math.max(secs, 1e-3)).toFixed(1)}/s) into ${redact(db)}: ` +
        `${stats.added} added (${stats.nearDuplicates} near-duplicate${stats.nearDuplicates === 1 ? '' : 's'}), ${stats.unchanged} already stored, ${stats.failed + problems.length} failed` +
        (stop ? ' — interrupted; run again to resume' : ''),
    );
    return stats.failed || problems.length ? 1 : stop ? 130 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await analyzer.close();
    await store.close();
  }
}
