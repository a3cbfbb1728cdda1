// The CheckThat! 2024 English files as training examples, and the fixed held-out split of train
// on which hyperparameters are chosen (dev is only used to set the decision threshold).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFeature } from './claim-features.js';
import type { Example } from './claim-train.js';
import { parseCheckThatTsv } from './checkthat-tsv.js';

export const TRAIN_FILE = 'CT24_checkworthy_english_train.tsv';
export const DEV_FILE = 'CT24_checkworthy_english_dev.tsv';

export function loadExamples(path: string): Example[] {
  return parseCheckThatTsv(readFileSync(path, 'utf8')).rows.map((r) => ({ id: r.id, text: r.text, label: r.label === 'Yes' ? 1 : 0 }));
}

export function checkThatFiles(dataDir: string): { train: string; dev: string } | null {
  const dir = join(dataDir, 'checkthat2024-en');
  const train = join(dir, TRAIN_FILE);
  const dev = join(dir, DEV_FILE);
  return existsSync(train) && existsSync(dev) ? { train, dev } : null;
}

/** About one train sentence in ten, chosen by a hash of its id (stable across runs). */
export function isHeldOut(e: Example): boolean {
  return hashFeature('split:' + e.id) % 10 === 0;
}
