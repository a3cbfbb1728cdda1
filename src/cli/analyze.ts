import { analyzeExtractedBatch, CORPUS_BATCH, type BatchOutcome } from '../analyze.js';
import { renderBrief, type BriefFormat } from '../brief/render.js';
import { InputError } from '../core/errors.js';
import { extractRaw, type Extracted } from '../extract/index.js';
import { parse, UsageError } from './args.js';
import { readInput, reportFailure } from './inputs.js';

const HELP = `usage: dossier analyze FILE|URL|- ... [--format md|json|jsonl|html] [--date YYYY-MM-DD]

The brief of each article: entities, timeline, figures and their checks, quotes, claims
and findings. Reads .html, .htm, .txt and their .gz; - reads standard input.

  --format   md (default, for a terminal), json, jsonl (one Brief per line), html
  --date     the article's date, when the page does not state it (YYYY-MM-DD)

A file that cannot be read is reported on stderr and the rest are still analysed;
the exit status is 1 if any failed.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f', default: 'md' },
    date: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format as BriefFormat;
  if (!['md', 'json', 'jsonl', 'html'].includes(format)) throw new UsageError(`unknown format "${format}" (md, json, jsonl or html)`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  if (!positionals.length) throw new UsageError('give at least one file, URL or - for standard input');
  let failed = 0;
  let first = true;
  const print = (out: string) => {
    if (format === 'json' && positionals.length > 1) {
      process.stdout.write((first ? '[\n' : ',\n') + out);
    } else if (format === 'md' && !first) {
      process.stdout.write('\n---\n\n' + out);
    } else process.stdout.write(out);
    first = false;
  };
  const fail = (e: unknown) => {
    if (!(e instanceof InputError)) throw e;
    reportFailure('analyze', e.message);
    failed++;
  };
  // Files go through in batches, stage by stage (as ingest does); output keeps their order.
  for (let b = 0; b < positionals.length; b += CORPUS_BATCH) {
    const slots: (InputError | Extracted)[] = [];
    for (const name of positionals.slice(b, b + CORPUS_BATCH)) {
      const r = await readInput(name);
      if (!r.ok) {
        slots.push(new InputError('unreadable', r.reason));
        continue;
      }
      try {
        slots.push(extractRaw(r.input));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        slots.push(e);
      }
    }
    const extracted = slots.filter((s): s is Extracted => !(s instanceof InputError));
    const outs: BatchOutcome[] = analyzeExtractedBatch(extracted.map((ex) => ({ ex, opts: { date: values.date } })));
    let k = 0;
    for (const s of slots) {
      if (s instanceof InputError) {
        fail(s);
        continue;
      }
      const o = outs[k++];
      if (o.ok) print(renderBrief(o.brief, format));
      else fail(o.error);
    }
  }
  if (format === 'json' && positionals.length > 1) process.stdout.write(first ? '[]\n' : '\n]\n');
  return failed ? 1 : 0;
}
