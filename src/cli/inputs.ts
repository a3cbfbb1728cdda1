// Reading the inputs of a batch command: each file (or - for standard input) is read on its
// own (a path, - or an http(s) URL), so that one bad file is reported and the rest of the batch still goes through.
import { InputError } from '../core/errors.js';
import { isUrl } from '../extract/is-url.js';
import { readFileInput, readStdinInput, type RawInput } from '../extract/read.js';

export type InputResult = { ok: true; input: RawInput } | { ok: false; name: string; reason: string };

// node:http and node:https load only when a URL is given: they cost every other run's start-up.
async function fetchUrl(url: string): Promise<RawInput> {
  return (await import('../extract/fetch.js')).fetchInput(url);
}

export async function readInput(name: string): Promise<InputResult> {
  try {
    const input = name === '-' ? await readStdinInput() : isUrl(name) ? await fetchUrl(name) : readFileInput(name);
    return { ok: true, input };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, name, reason: e.message };
    throw e;
  }
}

/** Reports a failed input on stderr in the one-line form every batch command uses. */
export function reportFailure(command: string, message: string): void {
  process.stderr.write(`dossier ${command}: ${message}\n`);
}
