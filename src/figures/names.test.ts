import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenTable } from '../core/tokens.js';
import { findNames } from './names.js';
import { TextView } from './text-view.js';

/** A view of text split at spaces and before full stops, one sentence per full stop. */
function viewOf(text: string): TextView {
  const t = new TokenTable();
  const sentences: { start: number; end: number }[] = [];
  let sent = 0;
  for (const m of text.matchAll(/[^\s.]+|\./g)) {
    t.push(m.index, m.index + m[0].length, 0);
    if (m[0] === '.') {
      sentences.push({ start: sent, end: m.index + 1 });
      sent = m.index + 2;
    }
  }
  return new TextView(text, t, sentences, []);
}

test('a name ending in a titled surname is a person, whatever the length or script of the surname', () => {
  const v = viewOf('The talks began. Mr Lamberty spoke. Then Anna Lamberty left. Then Mr İpek spoke. Then Deniz İpek left. Then Bank Lambert left. Then Anna Lambertz left.');
  const person = new Map(findNames(v, undefined, undefined).map((n) => [n.name, n.person] as const));
  assert.equal(person.get('Anna Lamberty'), true);
  assert.equal(person.get('Deniz İpek'), true);
  assert.equal(person.get('Bank Lambert'), false);
  assert.equal(person.get('Anna Lambertz'), false);
});
