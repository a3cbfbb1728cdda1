// Trains the NER tagger on CoNLL-2003 train.txt, choosing the epoch by entity F1 on dev.txt,
// and writes models/ner.bin.gz. Needs models/ner-lexicon.json.gz (scripts/build-ner-lexicon.ts).
// Deterministic: fixed seed, fixed document order shuffles.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, type ConllDocument } from '../src/entities/tagger/conll.js';
import { dataDir } from '../bench/data-dir.js';
import { EntityCounter } from '../src/entities/tagger/evaluate.js';
import { labelId, LABELS } from '../src/entities/tagger/labels.js';
import { Lexicon } from '../src/entities/tagger/lexicon.js';
import { Model, type Scorer } from '../src/entities/tagger/model.js';
import { trainPerceptron, type TrainDocument } from '../src/entities/tagger/perceptron.js';
import { Tagger } from '../src/entities/tagger/tagger.js';

const BUCKET_BITS = Number(process.env.NER_BUCKET_BITS ?? 21);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 20);
const SEED = 20031;
const PRUNE = Number(process.env.NER_PRUNE ?? 0.05);

const t0 = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const data = dataDir();
if (!data || !existsSync(join(data, 'conll2003/train.txt'))) {
  console.error('train-ner: ../shared/data/conll2003 not found (set DOSSIER_DATA); nothing trained');
  process.exit(0);
}
const lex = Lexicon.deserialize(readFileSync('models/ner-lexicon.json.gz'));
const read = (f: string) => parseConll(readFileSync(join(data, 'conll2003', f), 'utf8'));
const toTrain = (docs: ConllDocument[]): TrainDocument[] =>
  docs.map((d) => d.sentences.map((s) => ({ tokens: s.tokens, gold: Int32Array.from(s.tags ?? [], labelId) })));
const train = toTrain(read('train.txt'));
const devDocs = read('dev.txt');
log(`train: ${train.length} documents; dev: ${devDocs.length} documents`);

function devF1(model: Scorer): number {
  const tagger = new Tagger(model, lex);
  const counter = new EntityCounter();
  for (const d of devDocs) {
    const pred = tagger.tagDocument(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => counter.add(s.tags ?? [], pred[i]));
  }
  return counter.scores().f1;
}

const tagger = new Tagger(new Model({ bucketBits: BUCKET_BITS, epochs: 0, notes: {} }), lex);
const best = trainPerceptron(tagger.model as Model, tagger, train, {
  epochs: MAX_EPOCHS,
  seed: SEED,
  patience: Number(process.env.NER_PATIENCE ?? 6),
  log,
  evaluate: (m) => devF1(m),
});
log(`best epoch ${best.epoch}: dev F1 ${best.score.toFixed(4)}`);
best.model.header.notes = { train: 'CoNLL-2003 train.txt', devF1: Number(best.score.toFixed(4)), labels: LABELS };
const buf = best.model.serialize(PRUNE);
writeFileSync('models/ner.bin.gz', buf);
const q = Model.deserialize(buf);
log(`wrote models/ner.bin.gz (${(buf.length / 1e6).toFixed(2)} MB); quantised dev F1 ${devF1(q).toFixed(4)}`);
