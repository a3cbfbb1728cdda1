import { InputError } from '../core/errors.js';
import { extractRaw } from '../extract/index.js';
import { parse, UsageError } from './args.js';
import { readInput, reportFailure } from './inputs.js';

const HELP = `usage: dossier extract FILE|URL|- ... [--format text|json|jsonl]

The clean text and metadata of each page or text file (.html, .htm, .txt and their .gz),
or of a page fetched from an http(s) URL (15 s timeout, 5 redirects, 64 MB at most).

  --format   text (default: the title, then the text), json (an array), jsonl (one object per line)`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f', default: 'text' } });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json or jsonl)`);
  if (!positionals.length) throw new UsageError('give at least one file, URL or - for standard input');
  let failed = 0;
  const all: unknown[] = [];
  for (const name of positionals) {
    const r = await readInput(name);
    if (!r.ok) {
      reportFailure('extract', r.reason);
      failed++;
      continue;
    }
    try {
      const ex = extractRaw(r.input);
      const m = ex.meta;
      const record = { path: name, title: m.title, subtitle: m.subtitle, byline: m.byline, published: m.published,
        modified: m.modified ?? null, site: m.site, lang: m.lang, url: m.url, text: ex.text, blocks: ex.blocks };
      if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
      else if (format === 'json') all.push(record);
      else process.stdout.write((positionals.length > 1 ? `==> ${name} <==\n` : '') + ex.text + '\n\n');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reportFailure('extract', e.message);
      failed++;
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return failed ? 1 : 0;
}
