import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { parseYmd } from '../time/calendar.js';
import { recognise } from '../time/recognise.js';
import { parseTimeml, writeTimeml } from '../time/timeml.js';
import { parse, UsageError } from './args.js';
import { reportFailure } from './inputs.js';

const HELP = `usage: dossier timeml FILE.tml... --out DIR

Reads TimeML documents and writes each to DIR under the same name, with the TIMEX3 tags
dossier finds (tid, type, value) in place of those the TEXT had. The document creation time
(the TIMEX3 with functionInDocument="CREATION_TIME") is kept and is what relative
expressions are reckoned from. The output is ready for the TempEval-3 scorer.

  --out DIR   where to write (created if missing; required)

A file that cannot be read is reported on stderr and the rest are still written;
the exit status is 1 if any failed.`;

/** One TimeML document in, the same document with dossier's TIMEX3 tags out. */
export function annotateTimeml(xml: string): { xml: string; written: number } {
  const doc = parseTimeml(xml);
  const found = recognise(doc.text, { dct: parseYmd(doc.dct) });
  return writeTimeml(doc, found);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', short: 'o' } });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (!values.out) throw new UsageError('give --out DIR, the folder to write the annotated files to');
  if (!positionals.length) throw new UsageError('give at least one .tml file');
  mkdirSync(values.out, { recursive: true });
  let failed = 0;
  for (const file of positionals) {
    try {
      let xml: string;
      try {
        xml = readFileSync(file, 'utf8');
      } catch (e) {
        throw new InputError('read', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const { xml: out } = annotateTimeml(xml);
      writeFileSync(join(values.out, basename(file)), out);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reportFailure('timeml', `${file}: ${e.message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
