// Loads the committed model and lexicon from models/ once per process.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { modelFile } from '../../core/model-file.js';
import { PackedLexicon } from './packed-lexicon.js';
import { Model } from './model.js';
import { Tagger } from './tagger.js';

export const MODEL_FILE = 'ner.bin';
export const LEXICON_FILE = 'ner-lexicon.bin';

/** The folder of the committed NER model (models/). */
export function modelsDir(): string {
  return dirname(modelFile(MODEL_FILE));
}

/** The lexicon as typed-array views over the file's bytes (no parsing). */
export function loadLexicon(dir = modelsDir()): PackedLexicon {
  return PackedLexicon.load(readFileSync(join(dir, LEXICON_FILE)));
}

let cached: Tagger | null = null;

/** The committed tagger, loaded on first use and kept for the life of the process. */
export function loadTagger(): Tagger {
  if (!cached) {
    const dir = modelsDir();
    cached = new Tagger(Model.deserialize(readFileSync(join(dir, MODEL_FILE))), loadLexicon(dir));
  }
  return cached;
}
