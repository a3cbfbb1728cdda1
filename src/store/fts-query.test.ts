import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toFts5, toWebsearch } from './fts-query.js';

describe('search box queries', () => {
  it('quotes every word for FTS5', () => {
    assert.equal(toFts5('ukraine grain'), '"ukraine" AND "grain"');
    assert.equal(toFts5('"active personnel" army'), '"active personnel" AND "army"');
    assert.equal(toFts5('nuclear OR atomic'), '"nuclear" OR "atomic"');
    assert.equal(toFts5('army -navy'), '("army") NOT "navy"');
    assert.equal(toFts5('export*'), '"export"*');
    assert.equal(toFts5('U.S. covid-19'), '"U S" AND "covid 19"');
  });
  it('has no positive term in queries of syntax or exclusions only', () => {
    assert.equal(toFts5('-navy'), null);
    assert.equal(toFts5('((( ***'), null);
    assert.equal(toFts5('NEAR(a b)'), '"NEAR a" AND "b"');
  });
  it('writes the same query for websearch_to_tsquery', () => {
    assert.equal(toWebsearch('"active personnel" army -navy'), '"active personnel" army -navy');
    assert.equal(toWebsearch('-navy'), null);
  });
});
