// Trains the check-worthiness model (npm run train:claims) from ../shared/data/checkthat2024-en.
// Hyperparameters were chosen on a held-out tenth of train (reported below, reproducible);
// the final model is fitted on all of train; the decision threshold is the one that maximises
// F1 of the Yes class on dev. Deterministic: same data, same bytes out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../bench/data-dir.js';
import { checkThatFiles, isHeldOut, loadExamples } from '../src/quotes/claim-data.js';
import { decodeModel, defaultModelPath, encodeModel, ClaimModel } from '../src/quotes/claim-model.js';
import { bestThreshold, f1At, train } from '../src/quotes/claim-train.js';
import { CLAIM_FEATURES, CLAIM_TRAIN } from './claim-config.js';

function main(): number {
  const dir = dataDir();
  const files = dir ? checkThatFiles(dir) : null;
  if (!files) {
    console.log('train:claims: ../shared/data/checkthat2024-en not found (set DOSSIER_DATA); nothing trained.');
    return 0;
  }
  const all = loadExamples(files.train);
  const dev = loadExamples(files.dev);

  const fit = all.filter((e) => !isHeldOut(e));
  const held = all.filter(isHeldOut);
  const probe = train(fit, CLAIM_FEATURES, CLAIM_TRAIN);
  const hs = held.map((e) => probe.score(e.text));
  const hb = bestThreshold(hs, held.map((e) => e.label));
  console.log(`held-out tenth of train (${held.length} sentences): F1(Yes) ${hb.f1.toFixed(3)} at threshold ${hb.threshold}`);

  const full = train(all, CLAIM_FEATURES, CLAIM_TRAIN);
  const ds = dev.map((e) => full.score(e.text));
  const dy = dev.map((e) => e.label);
  const best = bestThreshold(ds, dy);
  const model = new ClaimModel(full.weights, best.threshold, CLAIM_FEATURES);
  const buf = encodeModel(model, {
    data: 'CLEF 2024 CheckThat! Task 1 English (train fitted, dev threshold)',
    train: all.length,
    dev: dev.length,
    options: CLAIM_TRAIN,
  }, 1e-2);
  const path = defaultModelPath();
  writeFileSync(path, buf);
  const back = decodeModel(buf);
  const qs = dev.map((e) => back.score(e.text));
  const q = f1At(qs, dy, back.threshold);
  console.log(`trained on ${all.length}; dev threshold ${best.threshold} (F1 ${best.f1.toFixed(3)}); stored model dev F1 ${q.f1.toFixed(3)}`);
  console.log(`wrote ${join('models', 'claims.bin')} (${buf.length} bytes)`);
  return 0;
}

process.exitCode = main();
