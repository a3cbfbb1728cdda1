// The key scan only saves work: with it, kinds, sources and features must be what the patterns
// give on their own, for sentences made to hit and nearly hit every pattern.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimKeys } from './claim-keys.js';
import { claimKinds, namedSourceIn, vagueSource } from './claim-kinds.js';
import { featureBuffer, FULL_FEATURES, readFeatures } from './claim-features.js';

const WORDS = (
  'percent per cent million Billion hundreds dozens half third quarter twice doubled tripled majority minority because due to caused causing led leads ' +
  'result resulted results in from as a therefore thanks owing response fearing so that consequences more less fewer higher lower larger smaller ' +
  'bigger greater better worse than most least highest lowest largest smallest biggest greatest best worst compared with ever record latest biggest_ ' +
  'interest of will shall going expected forecasts predicts predicted projected likely could might plans planned intends intended aims wants vows ' +
  'vowed pledged promised not would join accept allow decided decision is ordered some many several other experts analysts observers officials ' +
  'sources critics people economists scientists insiders reports say said believe believed think thought claim claimed argue argued suggest ' +
  'suggested estimate estimated warn warned it has been understood alleged expected rumoured feared reportedly allegedly according unnamed media ' +
  'press estimates close are was were A conducted by published data figures poll survey study report the Ministry Chatham House says dollar ' +
  'dollars 1999 2020 1850 12 stated told announced'
).split(' ');
const GLUE = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', ', ', '. ', '-', '_', 'é', '\u212A', '%', '$', '€', '£', '?', '', '1'];

function check(s: string): void {
  const keys = claimKeys(s);
  assert.deepEqual(claimKinds(s, keys), claimKinds(s), JSON.stringify(s));
  assert.equal(vagueSource(s, keys), vagueSource(s), JSON.stringify(s));
  assert.equal(namedSourceIn(s, keys), namedSourceIn(s), JSON.stringify(s));
  const n = readFeatures(s, FULL_FEATURES, keys);
  const gated = Array.from(featureBuffer().subarray(0, n));
  const m = readFeatures(s, FULL_FEATURES);
  assert.deepEqual(gated, Array.from(featureBuffer().subarray(0, m)), JSON.stringify(s));
}

test('the key scan leaves kinds, sources and features as the patterns alone give them', () => {
  check('');
  check('Some experts say unemployment rose by 12 percent in 2003, the highest rate since 1982.');
  check('It is estimated that, according to a poll conducted by Chatham House, 26% would not accept it.');
  check('x '.repeat(999) + 'more than $5 said');
  let seed = 5;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 4000; n++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 10);
    for (let k = 0; k < len; k++) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)];
      s += (rnd() < 0.2 ? w.toUpperCase() : rnd() < 0.2 ? w[0].toUpperCase() + w.slice(1) : w) + GLUE[Math.floor(rnd() * GLUE.length)];
    }
    check(s);
  }
});

test('most sentences rule out most patterns', () => {
  assert.equal(claimKeys('The cat sat on the mat.'), 0);
});
