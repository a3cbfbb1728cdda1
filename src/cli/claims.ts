import { loadClaimModel } from '../quotes/claim-model.js';
import { parseCheckThatTsv } from '../quotes/checkthat-tsv.js';
import { parse, UsageError } from './args.js';
import { readInput, reportFailure } from './inputs.js';

const HELP = `usage: dossier claims FILE.tsv|- ...

Check-worthiness of sentences, for the CheckThat! scorer. Reads a TSV with a header line and
the columns Sentence_id and Text (a class_label column, if present, is ignored); writes
Sentence_id<TAB>score<TAB>class_label with a header, the score in [0, 1] and the label Yes or No.

A file that cannot be read is reported on stderr and the rest are still scored;
the exit status is 1 if any failed.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (!positionals.length) throw new UsageError('give a TSV file (Sentence_id<TAB>Text with a header) or - for standard input');
  const model = loadClaimModel();
  let failed = 0;
  let header = false;
  for (const name of positionals) {
    const r = await readInput(name);
    if (!r.ok) {
      reportFailure('claims', r.reason);
      failed++;
      continue;
    }
    const { header: cols, rows, bad } = parseCheckThatTsv(r.input.bytes.toString('utf8'));
    if (!cols.some((c) => c.trim().toLowerCase() === 'text')) {
      reportFailure('claims', `${r.input.name}: the header has no Text column (expected Sentence_id<TAB>Text)`);
      failed++;
      continue;
    }
    for (const line of bad) reportFailure('claims', `${r.input.name}:${line}: fewer than two columns; skipped`);
    const out: string[] = [];
    if (!header) out.push('Sentence_id\tscore\tclass_label');
    header = true;
    for (const row of rows) {
      const score = model.score(row.text);
      out.push(`${row.id}\t${score.toFixed(4)}\t${model.label(score)}`);
    }
    process.stdout.write(out.join('\n') + '\n');
  }
  return failed ? 1 : 0;
}
