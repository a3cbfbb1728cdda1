// Loads the committed model and lexicon from models/ once per process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon } from './lexicon.js';
import { Model } from './model.js';
import { Tagger } from './tagger.js';

export const MODEL_FILE = 'ner.bin.gz';
export const LEXICON_FILE = 'ner-lexicon.json.gz';

/** models/ beside src/ (tsx) or dist/ (built): the first models/ walking up from this file. */
export function modelsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const c = join(dir, 'models');
    if (existsSync(join(c, MODEL_FILE))) return c;
    dir = dirname(dir);
  }
  throw new Error(`NER model not found: models/${MODEL_FILE} (run npm run train:ner)`);
}

export function loadLexicon(dir = modelsDir()): Lexicon {
  return Lexicon.deserialize(readFileSync(join(dir, LEXICON_FILE)));
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
