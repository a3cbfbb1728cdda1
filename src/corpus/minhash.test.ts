import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, BANDS, estimateJaccard, pickOriginal, signature, signatureFromBuffer, signatureToBuffer } from './minhash.js';

const A = 'The central bank raised interest rates by a quarter of a point on Thursday, citing persistent inflation in services and a tight labour market. Economists had expected the move, though some warned that higher borrowing costs could slow the recovery in housing. The governor said further increases were possible if price growth did not ease over the summer months.';
const EDITED = A.replace('on Thursday', 'on Thursday afternoon').replace('some warned', 'several warned');
const OTHER = 'Heavy rain flooded parts of the valley overnight, forcing hundreds of families from their homes as rivers burst their banks. Emergency crews used boats to reach villages cut off by the water, and the regional government opened shelters in schools and sports halls across the district.';

describe('MinHash near-duplicates', () => {
  it('scores a lightly edited copy high and an unrelated text low', () => {
    const a = signature(A)!;
    assert.ok(estimateJaccard(a, signature(EDITED)!) > 0.6);
    assert.ok(estimateJaccard(a, signature(OTHER)!) < 0.2);
    assert.equal(estimateJaccard(a, signature(A)!), 1);
  });
  it('shares a band with a copy, not with an unrelated text', () => {
    const keys = new Set(bandKeys(signature(A)!));
    assert.equal(keys.size, BANDS);
    assert.ok(bandKeys(signature(EDITED)!).some((k) => keys.has(k)));
    assert.ok(!bandKeys(signature(OTHER)!).some((k) => keys.has(k)));
  });
  it('gives no signature to a text too short to judge', () => {
    assert.equal(signature('Too short to tell.'), null);
  });
  it('round-trips signatures through bytes', () => {
    const s = signature(A)!;
    assert.deepEqual(signatureFromBuffer(signatureToBuffer(s)), s);
  });
  it('links a copy to the earliest original, through copies of copies', () => {
    const a = signature(A)!;
    const e = signature(EDITED)!;
    assert.equal(pickOriginal(e, [{ id: 7, signature: a, duplicateOf: null }]), 7);
    assert.equal(pickOriginal(a, [{ id: 9, signature: e, duplicateOf: 7 }]), 7);
    assert.equal(pickOriginal(a, [{ id: 3, signature: signature(OTHER)!, duplicateOf: null }]), null);
  });
});
