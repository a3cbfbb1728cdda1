import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOT_SOURCES, PATTERNS, sourceIn } from './source.js';

/** The source the patterns name, each searched from the start of the text. */
function plainSource(s: string): string | null {
  for (const p of PATTERNS) {
    const m = p.exec(s);
    if (!m) continue;
    const src = m[1].trim().replace(/[\s,]+$/, '');
    if (!src || NOT_SOURCES.test(src) || /^(the|a|an)$/i.test(src)) continue;
    return src;
  }
  return null;
}

test('the bounded searches find the source the patterns find from the start', () => {
  const texts = [
    'Sales rose 5%, the Office for National Statistics said on Monday.',
    'The Bank of England and the Office for National Statistics of the United Kingdom had said that 5% more was spent.',
    'Prices rose 3%,  the   company  has  said,  and   the Treasury said   later it agreed.',
    'Prices rose 3%,\u00a0the\u00a0company\u00a0said.',
    'A survey carried out by Ipsos MORI for the Guardian found 26% of voters undecided.',
    'A poll was conducted by YouGov; the figures were published by the Treasury.',
    'According to the World Bank, growth was 2%, said Mr Smith, though analysts at the bank said more.',
    'He told the BBC that 400 jobs would go, added the company.',
    'One Two Three Four Five Six Seven Eight said it. Alpha Beta of Gamma for Delta & Epsilon Zeta said so.',
    'the fast growing big firm said', 'Its own analysts estimated 4%', '(Reuters said) 5%', 'McDonald said 5%.',
    'Nothing here names anyone at all, though 5% rose.', 'said', ' said', 'by from by', '',
  ];
  for (const s of texts) {
    // each text also cut at every character, so the verb falls at each place a bound could miss
    for (let k = 0; k <= s.length; k++) {
      for (const t of [s.slice(k), s.slice(0, k)]) assert.equal(sourceIn(t), plainSource(t), JSON.stringify(t));
    }
  }
});
