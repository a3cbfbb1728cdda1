import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentText } from './stage.js';

function sentences(text: string): string[] {
  const { sentences } = segmentText(text, [{ start: 0, end: text.length }]);
  return sentences.map((s) => text.slice(s.start, s.end));
}
function tokens(text: string): string[] {
  const { tokens } = segmentText(text, [{ start: 0, end: text.length }]);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(tokens.text(text, i));
  return out;
}

describe('sentences', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith went to Washington. He met Gen. Jones there.', ['Mr. Smith went to Washington.', 'He met Gen. Jones there.']],
    ['The talks took place in the U.S. The next round is in Geneva.', ['The talks took place in the U.S.', 'The next round is in Geneva.']],
    ['Troops left the U.S. Army base on Jan. 5 at dawn.', ['Troops left the U.S. Army base on Jan. 5 at dawn.']],
    ['J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
    ['Inflation rose to 5.2 per cent. Prices of 1,250.50 euros were quoted.', ['Inflation rose to 5.2 per cent.', 'Prices of 1,250.50 euros were quoted.']],
    ['"We will not leave," he said. "Never."', ['"We will not leave," he said.', '"Never."']],
    ['He said: “It is over.” Then he left.', ['He said: “It is over.”', 'Then he left.']],
    ['He waited... Nobody came.', ['He waited...', 'Nobody came.']],
    ['(This was denied.) The ministry said so.', ['(This was denied.)', 'The ministry said so.']],
    ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['Belarus Says No Tensions\nThe minister spoke on Monday.', ['Belarus Says No Tensions', 'The minister spoke on Monday.']],
    ['- first item\n- second item', ['- first item', '- second item']],
    ['e.g. tanks and artillery were used.', ['e.g. tanks and artillery were used.']],
    ['26% said yes. 19% said no.', ['26% said yes.', '19% said no.']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(sentences(text), expected));
  }
});

describe('tokens', () => {
  it('keeps numbers, abbreviations and hyphenated words whole and splits possessives', () => {
    assert.deepEqual(tokens('Russia’s 263,000 troops in the U.S. cost $5.2bn (all-in).'), [
      'Russia', '’s', '263,000', 'troops', 'in', 'the', 'U.S.', 'cost', '$', '5.2bn', '(', 'all-in', ')', '.',
    ]);
  });
  it('splits clitics as Penn and CoNLL do, and keeps names with an apostrophe whole', () => {
    assert.deepEqual(tokens("I've said I’m sure we'll go, they're in, I'd not, don't."), [
      'I', "'ve", 'said', 'I', '’m', 'sure', 'we', "'ll", 'go', ',', 'they', "'re", 'in', ',', 'I', "'d", 'not', ',', 'do', "n't", '.',
    ]);
    assert.deepEqual(tokens("O'Neill met D'Alema and Ma'am."), ["O'Neill", 'met', "D'Alema", 'and', "Ma'am", '.']);
  });
  it('splits a footnote marker and a range from their numbers', () => {
    assert.deepEqual(tokens('7756 vehicles(1) and 10-20 days'), ['7756', 'vehicles', '(', '1', ')', 'and', '10', '-', '20', 'days']);
  });
  it('keeps ISO dates and day-first dates whole', () => {
    assert.deepEqual(tokens('On 1996-08-30 and 13.07.2024 and 13/07/2024.'), ['On', '1996-08-30', 'and', '13.07.2024', 'and', '13/07/2024', '.']);
  });
  it('never emits an empty token and covers every non-space character', () => {
    const text = 'A «quote» — with…odd ½ chars 👍🏽 and \u200b zero-width.';
    const { tokens: t } = segmentText(text, [{ start: 0, end: text.length }]);
    let covered = '';
    for (let i = 0; i < t.length; i++) {
      assert.ok(t.ends[i] > t.starts[i]);
      covered += text.slice(t.starts[i], t.ends[i]);
    }
    assert.equal(covered, text.replace(/[\s\u200b]/g, ''));
  });
});
