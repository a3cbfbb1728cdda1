// Reading an input: a file, standard input or (later) a URL, into bytes, with gzip undone
// and the inputs dossier cannot read refused with a reason a person can act on.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';

/** Inputs larger than this are refused rather than risk the process. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface RawInput {
  name: string;
  bytes: Buffer;
  /** Format hinted by the file name or content type, if any. */
  hint?: 'html' | 'text';
  /** Charset named by the transport (an HTTP Content-Type header), if any. */
  charset?: string;
  /** The page's URL, when it was fetched. */
  url?: string;
}

function hintFromName(name: string): 'html' | 'text' | undefined {
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (n.endsWith('.html') || n.endsWith('.htm') || n.endsWith('.xhtml')) return 'html';
  if (n.endsWith('.txt') || n.endsWith('.text') || n.endsWith('.md')) return 'text';
  return undefined;
}

export function gunzipBounded(bytes: Buffer, name: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
  } catch (e) {
    const msg = (e as Error).message;
    if (/maxOutputLength|buffer/i.test(msg)) throw new InputError('too-large', `${name}: decompressed size exceeds ${MAX_INPUT_BYTES >> 20} MB`);
    throw new InputError('bad-gzip', `${name}: not a valid gzip file (${msg})`);
  }
}

/** Checks the bytes are something dossier can read; returns them with gzip undone. */
export function prepareBytes(name: string, bytes: Buffer): Buffer {
  if (bytes.length > 1 && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipBounded(bytes, name);
  if (bytes.length === 0) throw new InputError('empty', `${name}: the file is empty`);
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError('too-large', `${name}: larger than ${MAX_INPUT_BYTES >> 20} MB`);
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) throw new InputError('binary', `${name}: this is a PDF, not HTML or text; convert it to text first`);
  if (looksBinary(bytes)) throw new InputError('binary', `${name}: binary data, not HTML or text`);
  return bytes;
}

/** NUL bytes or a high share of control bytes in the first 8 KB mean binary (UTF-16 with a BOM excepted). */
export function looksBinary(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl / n > 0.1;
}

export function readFileInput(path: string): RawInput {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', `${path}: no such file`);
    if (code === 'EACCES') throw new InputError('unreadable', `${path}: permission denied`);
    throw new InputError('unreadable', `${path}: ${(e as Error).message}`);
  }
  if (st.isDirectory()) throw new InputError('directory', `${path}: is a directory (give the files in it, e.g. ${path}/*)`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError('too-large', `${path}: ${Math.round(st.size / 1048576)} MB is larger than the ${MAX_INPUT_BYTES >> 20} MB limit`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError('unreadable', `${path}: cannot read (${code ?? (e as Error).message})`);
  }
  return { name: path, bytes: prepareBytes(path, bytes), hint: hintFromName(path) };
}

export async function readStdinInput(): Promise<RawInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new InputError('too-large', `standard input: larger than ${MAX_INPUT_BYTES >> 20} MB`);
    chunks.push(chunk as Buffer);
  }
  return { name: '-', bytes: prepareBytes('standard input', Buffer.concat(chunks)) };
}
