// Re-stores a claims model in the binary form the pipeline loads (models/claims.bin), with the
// same weights, threshold and provenance: for a model file in the older gzipped JSON form.
// Usage: tsx scripts/pack-claims.ts IN [OUT]   (OUT defaults to models/claims.bin)
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, defaultModelPath, toBinaryModel } from '../src/quotes/claim-model.js';

const [from, to = defaultModelPath()] = process.argv.slice(2);
if (!from) {
  console.log('usage: tsx scripts/pack-claims.ts IN [OUT]');
  process.exit(2);
}
const before = decodeModel(readFileSync(from));
const packed = toBinaryModel(readFileSync(from));
const after = decodeModel(packed);
for (let i = 0; i < before.weights.length; i++) {
  if (before.weights[i] !== after.weights[i]) throw new Error(`weight ${i} differs after packing`);
}
writeFileSync(to, packed);
console.log(`wrote ${to} (${packed.length} bytes, same ${after.weights.length} weights, threshold ${after.threshold})`);
