import { openStore, resolveDbUrl } from '../store/open.js';
import type { SearchHit } from '../store/types.js';
import { parse, UsageError } from './args.js';
import { reportFailure } from './inputs.js';

const HELP = `usage: dossier search QUERY [--entity NAME] [--type T] [--from DATE] [--to DATE]
                      [--limit N] [--format text|json] [--db URL]

Searches the corpus: ranked matches with the matched words highlighted. QUERY takes words
(all must match), "exact phrases", OR between alternatives, -word to exclude and word* for
prefixes. QUERY may be empty ("") to list by date with the filters alone.

  --entity   only articles naming this entity: a name, any spelling or alias of it, or a
             knowledge-base id (Q-number), so "Lukashenko" and "Lukashenka" find the same man
  --type     the entity's type (PERSON, ORG, GPE, ...)
  --from     published on or after this date (YYYY-MM-DD, or YYYY-MM, YYYY)
  --to       published on or before this date
  --limit    how many results (default 20, at most 500)
  --format   text (default) or json
  --db       the store (default $DOSSIER_DB or ./dossier.db)`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function highlight(s: string, tty: boolean): string {
  return tty ? s.replace(/«/g, '\x1b[1m').replace(/»/g, '\x1b[22m') : s;
}

function hitLine(h: SearchHit, tty: boolean): string {
  const flags: string[] = [];
  if (h.findings.error) flags.push(`${h.findings.error} error${h.findings.error > 1 ? 's' : ''}`);
  if (h.findings.warning) flags.push(`${h.findings.warning} warning${h.findings.warning > 1 ? 's' : ''}`);
  if (h.duplicateOf !== null) flags.push(`copy of #${h.duplicateOf}`);
  const head = `#${h.id}  ${h.published?.slice(0, 10) ?? '----------'}  ${h.title ?? '(untitled)'}${flags.length ? `  [${flags.join(', ')}]` : ''}`;
  const where = h.url ?? h.source;
  return `${head}\n${where ? `    ${where}\n` : ''}    ${highlight(h.snippet.replace(/\s+/g, ' '), tty)}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    entity: { type: 'string', short: 'e' },
    type: { type: 'string', short: 't' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string', short: 'n' },
    offset: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    db: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (text or json)`);
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v !== undefined && !DATE.test(v)) throw new UsageError(`--${k} must be a date like 2022-03-01 (or 2022-03, 2022), got "${v}"`);
  }
  for (const k of ['limit', 'offset'] as const) {
    const v = values[k];
    if (v !== undefined && !/^\d+$/.test(v)) throw new UsageError(`--${k} must be a whole number, got "${v}"`);
  }
  const q = positionals.join(' ').trim();
  if (!q && !values.entity && !values.type && !values.from && !values.to) throw new UsageError('give a query, or a filter (--entity, --type, --from, --to)');
  let store;
  try {
    store = await openStore(resolveDbUrl(values.db));
  } catch (e) {
    reportFailure('search', (e as Error).message);
    return 1;
  }
  try {
    const query = {
      q: q || undefined,
      entity: values.entity,
      type: values.type,
      from: values.from,
      to: values.to,
      limit: values.limit !== undefined ? Number(values.limit) : undefined,
      offset: values.offset !== undefined ? Number(values.offset) : undefined,
    };
    const res = await store.search(query);
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ query, ...res }, null, 2) + '\n');
      return 0;
    }
    const tty = Boolean(process.stdout.isTTY);
    if (!res.hits.length) {
      process.stdout.write(`no matches${q ? ` for "${q}"` : ''}\n`);
      return 0;
    }
    const from = (query.offset ?? 0) + 1;
    process.stdout.write(`${from}–${from + res.hits.length - 1} of ${res.total} match${res.total === 1 ? '' : 'es'}${q ? ` for "${q}"` : ''}\n\n`);
    process.stdout.write(res.hits.map((h) => hitLine(h, tty)).join('\n'));
    return 0;
  } finally {
    await store.close();
  }
}
