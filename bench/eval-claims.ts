// npm run eval:claims — F1 of the Yes class on CheckThat! 2024 English dev for the shipped model,
// beside a plain bag-of-words logistic regression trained in this run, and scoring speed.
// The shipped model's threshold was set on dev (see scripts/train-claims.ts), so its dev F1 is
// optimistic by that much; the held-out tenth of train is reported as the honest figure.
import { dataDir } from './data-dir.js';
import { checkThatFiles, isHeldOut, loadExamples } from '../src/quotes/claim-data.js';
import { BAG_OF_WORDS } from '../src/quotes/claim-features.js';
import { loadClaimModel } from '../src/quotes/claim-model.js';
import { bestThreshold, f1At, train, DEFAULT_TRAIN } from '../src/quotes/claim-train.js';
import { CLAIM_FEATURES, CLAIM_TRAIN } from '../scripts/claim-config.js';

function main(): number {
  const dir = dataDir();
  const files = dir ? checkThatFiles(dir) : null;
  if (!files) {
    console.log('eval:claims: ../shared/data/checkthat2024-en not found (set DOSSIER_DATA); skipped.');
    return 0;
  }
  const all = loadExamples(files.train);
  const dev = loadExamples(files.dev);
  const dy = dev.map((e) => e.label);
  const model = loadClaimModel();

  // One pass to warm up the JIT, then as many passes as fit in two seconds.
  let scores: number[] = dev.map((e) => model.score(e.text));
  const t0 = performance.now();
  let reps = 0;
  do {
    scores = dev.map((e) => model.score(e.text));
    reps++;
  } while (performance.now() - t0 < 2000);
  const perSec = (dev.length * reps) / ((performance.now() - t0) / 1000);
  const ours = f1At(scores, dy, model.threshold);

  const bow = train(all, BAG_OF_WORDS, DEFAULT_TRAIN);
  const bs = dev.map((e) => bow.score(e.text));
  const bowHalf = f1At(bs, dy, 0.5);
  const bowBest = bestThreshold(bs, dy);

  const fit = all.filter((e) => !isHeldOut(e));
  const held = all.filter(isHeldOut);
  const hy = held.map((e) => e.label);
  const probe = train(fit, CLAIM_FEATURES, CLAIM_TRAIN);
  const probeBow = train(fit, BAG_OF_WORDS, DEFAULT_TRAIN);
  const ph = bestThreshold(held.map((e) => probe.score(e.text)), hy);
  const pbh = bestThreshold(held.map((e) => probeBow.score(e.text)), hy);

  const row = (name: string, s: { precision: number; recall: number; f1: number }, note: string) =>
    console.log(`| ${name.padEnd(40)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${note}`);
  console.log(`CheckThat! 2024 English: train ${all.length}, dev ${dev.length} (Yes ${dy.filter((y) => y).length})\n`);
  console.log('| model                                    | P     | R     | F1(Yes) | note');
  console.log('|------------------------------------------|-------|-------|-------|');
  row('dossier claims model, dev', ours, `threshold ${model.threshold} (set on dev)`);
  row('baseline bag-of-words LR, dev', bowHalf, 'threshold 0.5');
  row('baseline bag-of-words LR, dev', bowBest, `threshold ${bowBest.threshold} (set on dev)`);
  row('dossier features, held-out tenth of train', ph, `fitted on the other 9/10, threshold ${ph.threshold} on it`);
  row('baseline BoW, held-out tenth of train', pbh, `threshold ${pbh.threshold}`);
  console.log(`\nscoring speed: ${Math.round(perSec)} sentences/s (shipped model, one core, ${reps} passes over dev)`);
  return 0;
}

process.exitCode = main();
