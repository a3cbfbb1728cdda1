// Loading the compiled knowledge base once per process: models/kb.bin (packed.ts), a typed-array
// view with no parsing, built from models/kb.json.gz (the inspectable rows) by scripts/pack-kb.ts.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelFile } from '../../core/model-file.js';
import { decodeRow, KB_FORMAT, type KbFile } from './format.js';
import { KnowledgeBase } from './knowledge-base.js';
import { PackedKnowledgeBase } from './packed.js';


/** The packed knowledge base, models/kb.bin. */
export function defaultKbPath(): string {
  return modelFile('kb.bin');
}

/** The knowledge-base rows the packed file is built from, models/kb.json.gz. */
export function defaultKbRowsPath(): string {
  return modelFile('kb.json.gz');
}

export function parseKbFile(gz: Buffer): KnowledgeBase {
  const file = JSON.parse(gunzipSync(gz).toString('utf8')) as KbFile;
  if (file.format !== KB_FORMAT) throw new Error(`unknown knowledge-base format ${String(file.format)}`);
  return new KnowledgeBase(file.rows.map(decodeRow), true);
}

export function loadKb(path = defaultKbPath()): KnowledgeBase {
  return new PackedKnowledgeBase(readFileSync(path));
}

const RESOURCE = 'entities.kb';

/** The knowledge base from the stage context's resources, loading it on first use. */
export function kbFrom(resources: Map<string, unknown>): KnowledgeBase {
  let kb = resources.get(RESOURCE) as KnowledgeBase | undefined;
  if (!kb) {
    kb = loadKb();
    resources.set(RESOURCE, kb);
  }
  return kb;
}

/** Lets tests and tools put a hand-built knowledge base in place of the compiled one. */
export function provideKb(resources: Map<string, unknown>, kb: KnowledgeBase): void {
  resources.set(RESOURCE, kb);
}
