// What `dossier ingest` reads: files, folders (recursively), glob patterns, URLs and standard
// input, expanded into a list of sources; JSON Lines files yield one item per record.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../core/errors.js';
import { MAX_INPUT_BYTES, readFileInput, readStdinInput } from '../../extract/read.js';
import { parseRecord, recordItem, type IngestItem } from './item.js';

export type Source = { kind: 'file' | 'jsonl' | 'url' | 'stdin'; name: string };

/** Inputs a folder walk picks up (explicitly named files are read whatever their name). */
const ARTICLE_EXT = /\.(txt|text|md|html?|xhtml|jsonl|ndjson)(\.gz)?$/i;
/** A data set's own documentation, not one of its articles. */
const NOT_ARTICLES = /^(README|MANIFEST|LICEN[CS]E|NOTICE|CHANGELOG|COPYING)\b/i;
const JSONL_EXT = /\.(jsonl|ndjson)(\.gz)?$/i;
const MAX_FILES = 5_000_000;

export function isJsonLines(name: string): boolean {
  return JSONL_EXT.test(name);
}

/**
 * Files under `dir` in name order, at most `depth` folders down. A folder walk (`articlesOnly`)
 * skips hidden entries and keeps only article files; a glob walk keeps every file for its pattern.
 */
function walk(dir: string, out: string[], depth: number, articlesOnly: boolean): void {
  if (depth <= 0) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    if (articlesOnly && e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth - 1, articlesOnly);
    else if (e.isFile() && (!articlesOnly || (ARTICLE_EXT.test(e.name) && !NOT_ARTICLES.test(e.name)))) out.push(p);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** Files matching a glob ("data/**\/*.txt"), walked from its first segment with a wildcard. */
export function expandGlob(pattern: string): string[] {
  const abs = resolve(pattern).split(sep).join('/');
  const parts = abs.split('/');
  const firstWild = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, firstWild).join('/') || '/';
  const re = globToRegExp(abs);
  const all: string[] = [];
  walk(base, all, /\*\*/.test(pattern) ? Infinity : parts.length - firstWild, false);
  return all.filter((f) => re.test(f.split(sep).join('/')));
}

/** Expands the command-line inputs; names that match nothing are returned as problems. */
export function expandInputs(args: string[]): { sources: Source[]; problems: string[] } {
  const sources: Source[] = [];
  const problems: string[] = [];
  const add = (p: string) => sources.push({ kind: isJsonLines(p) ? 'jsonl' : 'file', name: p });
  for (const a of args) {
    if (a === '-') sources.push({ kind: 'stdin', name: '-' });
    else if (/^https?:\/\//i.test(a)) sources.push({ kind: 'url', name: a });
    else {
      let st;
      try {
        st = statSync(a);
      } catch {
        st = null;
      }
      if (st?.isDirectory()) {
        const files: string[] = [];
        walk(a, files, Infinity, true);
        if (!files.length) problems.push(`${a}: no .txt, .html, .jsonl or .gz files in this folder`);
        files.forEach(add);
      } else if (st) add(a);
      else if (/[*?[]/.test(a)) {
        const files = expandGlob(a);
        if (!files.length) problems.push(`${a}: no files match`);
        files.forEach(add);
      } else problems.push(`${a}: no such file`);
    }
  }
  return { sources, problems };
}

/** Counts the records of a JSON Lines file without parsing them (for the progress total). */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  const stream = createReadStream(path);
  const input = path.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
  let last = 10;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return last === 10 ? n : n + 1;
}

export type ItemResult = { ok: true; item: IngestItem } | { ok: false; name: string; reason: string };

async function fetchUrl(url: string): Promise<IngestItem> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
  } catch (e) {
    throw new InputError('fetch', `${url}: cannot fetch (${(e as Error).message})`);
  }
  if (!res.ok) throw new InputError('fetch', `${url}: the server answered ${res.status} ${res.statusText}`);
  const len = Number(res.headers.get('content-length') ?? 0);
  if (len > MAX_INPUT_BYTES) throw new InputError('too-large', `${url}: larger than ${MAX_INPUT_BYTES >> 20} MB`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError('too-large', `${url}: larger than ${MAX_INPUT_BYTES >> 20} MB`);
  const type = res.headers.get('content-type') ?? '';
  return { name: url, bytes, kind: 'file', hint: /html/i.test(type) ? 'html' : /text\/plain/i.test(type) ? 'text' : undefined };
}

async function* jsonLines(lines: AsyncIterable<string>, name: string): AsyncGenerator<ItemResult> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const at = `${name}#L${n}`;
    if (line.length > MAX_INPUT_BYTES) {
      yield { ok: false, name: at, reason: `${at}: the record is larger than ${MAX_INPUT_BYTES >> 20} MB` };
      continue;
    }
    try {
      yield { ok: true, item: recordItem(parseRecord(line, at), at) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { ok: false, name: at, reason: e.message };
    }
  }
}

function linesOf(text: string): AsyncIterable<string> {
  return (async function* () {
    yield* text.split(/\r?\n/);
  })();
}

/** Every item of every source, in order; a source that cannot be read yields a failure. */
export async function* readItems(sources: Source[]): AsyncGenerator<ItemResult> {
  for (const s of sources) {
    try {
      if (s.kind === 'jsonl') {
        const stream = createReadStream(s.name);
        const input = s.name.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
        const failed = new Promise<never>((_, rej) => {
          stream.on('error', rej);
          input.on('error', rej);
        });
        failed.catch(() => {});
        const rl = createInterface({ input, crlfDelay: Infinity });
        try {
          yield* jsonLines(rl, s.name);
        } catch (e) {
          yield { ok: false, name: s.name, reason: `${s.name}: ${(e as Error).message}` };
        }
      } else if (s.kind === 'url') {
        yield { ok: true, item: await fetchUrl(s.name) };
      } else if (s.kind === 'stdin') {
        const raw = await readStdinInput();
        const text = raw.bytes.toString('utf8');
        // Standard input holding JSON Lines is read as records; anything else is one article.
        if (/^\s*\{/.test(text) && text.trimStart().split('\n', 1)[0].trim().endsWith('}')) yield* jsonLines(linesOf(text), '-');
        else yield { ok: true, item: { name: '-', bytes: raw.bytes, kind: 'file' } };
      } else {
        const raw = readFileInput(s.name);
        yield { ok: true, item: { name: s.name, bytes: raw.bytes, kind: 'file', hint: raw.hint } };
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { ok: false, name: s.name, reason: e.message };
    }
  }
}
