// `dossier ner [FILE|-]`: CoNLL columns in (token first), "token tag" lines out in IOB2.
// Blank lines and -DOCSTART- lines pass through; each document's sentences are tagged with
// that document's context.
import { readFileSync } from 'node:fs';
import { loadTagger } from '../entities/tagger/load.js';
import { parse, UsageError } from './args.js';
import { reportFailure } from './inputs.js';

const HELP = `usage: dossier ner [FILE|-]

Tags tokens with named-entity labels (PER, ORG, LOC, MISC in IOB2). Input: CoNLL columns,
one token per line in the first column, blank lines between sentences, -DOCSTART- lines
between documents. Output: "token tag" per token line; blank and -DOCSTART- lines kept.
Reads standard input when FILE is - or absent.`;

const MAX_INPUT = 512 * 1024 * 1024;

async function readAll(name: string): Promise<string> {
  if (name !== '-') return readFileSync(name, 'utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > MAX_INPUT) throw new Error('input larger than 512 MB');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Tags CoNLL text and returns the output text. */
export function tagConllText(text: string): string {
  const tagger = loadTagger();
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = new Array(lines.length);
  let i = 0;
  while (i < lines.length) {
    // One document: lines up to the next -DOCSTART-.
    let j = i;
    if (isDocStart(lines[j])) out[j] = lines[j++];
    const docStart = j;
    while (j < lines.length && !isDocStart(lines[j])) j++;
    const sentences: Array<{ at: number[]; tokens: string[] }> = [];
    let cur: { at: number[]; tokens: string[] } | null = null;
    for (let k = docStart; k < j; k++) {
      const tok = lines[k].trim().split(/\s+/)[0];
      if (!tok) {
        out[k] = '';
        cur = null;
        continue;
      }
      if (!cur) sentences.push((cur = { at: [], tokens: [] }));
      cur.at.push(k);
      cur.tokens.push(tok);
    }
    const tags = tagger.tagDocument(sentences.map((s) => s.tokens));
    sentences.forEach((s, si) => s.at.forEach((k, ti) => (out[k] = `${s.tokens[ti]} ${tags[si][ti]}`)));
    i = j;
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('give one file, or - for standard input');
  const name = positionals[0] ?? '-';
  let text: string;
  try {
    text = await readAll(name);
  } catch (e) {
    reportFailure('ner', `${name}: ${(e as Error).message}`);
    return 1;
  }
  process.stdout.write(tagConllText(text));
  return 0;
}
