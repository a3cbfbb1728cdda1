import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClaimModel, encodeModel, decodeModel, ClaimModel } from './claim-model.js';
import { claimsOf } from './claims-stage.js';
import type { Figure, Quote } from '../brief/types.js';
import { claimKinds, namedSourceIn, vagueSource } from './claim-kinds.js';
import { parseCheckThatTsv } from './checkthat-tsv.js';
import { FULL_FEATURES } from './claim-features.js';

test('the shipped model loads and scores in [0, 1], factual claims above chit-chat', () => {
  const m = loadClaimModel();
  const fact = m.score('Unemployment rose by 12 percent in 2003, the highest rate since 1982.');
  const chat = m.score('Thank you very much, it is good to be here tonight.');
  assert.ok(fact >= 0 && fact <= 1 && chat >= 0 && chat <= 1);
  assert.ok(fact > chat, `${fact} > ${chat}`);
  assert.equal(m.label(fact), 'Yes');
  assert.equal(m.label(chat), 'No');
  assert.ok(m.threshold > 0 && m.threshold < 1);
});

test('the model format round-trips', () => {
  const w = new Float32Array(1 << 20);
  w[5] = 0.5;
  w[1000000] = -1.25;
  const back = decodeModel(encodeModel(new ClaimModel(w, 0.4, FULL_FEATURES)));
  assert.ok(Math.abs(back.weights[5] - 0.5) < 1e-3);
  assert.ok(Math.abs(back.weights[1000000] + 1.25) < 1e-3);
  assert.equal(back.threshold, 0.4);
});

test('claim kinds and attribution', () => {
  assert.deepEqual(claimKinds('The army has 63,000 active members.'), ['quantitative']);
  assert.ok(claimKinds('Prices rose because of the war.').includes('causal'));
  assert.ok(claimKinds('Growth is lower than in any other country.').includes('comparison'));
  assert.match(vagueSource('It is estimated that only 101 are ready for use.') ?? '', /^it is estimated$/i);
  const text = 'Experts say the economy shrank by 4% in 2023. In a poll conducted by Chatham House, 26% said no.';
  const claims = claimsOf(text, [{ start: 0, end: 45 }, { start: 46, end: text.length }], loadClaimModel());
  assert.equal(claims[0].attribution, 'vague');
  assert.equal(claims[1].attribution, 'named');
  assert.equal(claims[1].source, 'Chatham House');
  // A name that joins its words with "for", "and" or "on" is read whole.
  assert.equal(namedSourceIn('It was found in a study by the Pew Internet and American Life Project.'), 'the Pew Internet and American Life Project');
  assert.equal(namedSourceIn('The figures come from a report by the Society for Consumer Research, which polled 500.'), 'the Society for Consumer Research');
});

test('a poll\'s respondents are not its source: who ran the poll is, named in the sentence or found for its figure', () => {
  const text = 'A survey by Gallup found that 40% of voters said they distrust the press. 19% of respondents said they trust it.';
  const s1 = { start: 0, end: 73 };
  const s2 = { start: 74, end: text.length };
  const quote = (s: { start: number; end: number }, speaker: string) => ({ ...s, kind: 'reported', speaker, cue: 'said' }) as unknown as Quote;
  const fig = { start: 74, end: 77, value: 19, unit: '%', source: 'Gallup' } as unknown as Figure;
  const claims = claimsOf(text, [s1, s2], loadClaimModel(), [quote(s1, '40% of voters'), quote(s2, '19% of respondents')], [fig]);
  assert.equal(claims[0].source, 'Gallup');
  assert.equal(claims[1].source, 'Gallup');
  // A person who speaks stays the source.
  const other = claimsOf('Anna Lee said the vote was fair.', [{ start: 0, end: 32 }], loadClaimModel(), [quote({ start: 0, end: 32 }, 'Anna Lee')]);
  assert.equal(other[0].source, 'Anna Lee');
});

test('CheckThat! TSV parsing unquotes CSV-style fields', () => {
  const { rows } = parseCheckThatTsv('Sentence_id\tText\tclass_label\n1\t"He said ""no"" twice."\tNo\n');
  assert.equal(rows[0].text, 'He said "no" twice.');
  assert.equal(rows[0].label, 'No');
});

test('dossier claims round trip: TSV in, scores and labels out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-claims-'));
  const file = join(dir, 'in.tsv');
  writeFileSync(file, 'Sentence_id\tText\n7\tWe have cut taxes by 40 billion dollars since 1993.\n8\tGood evening.\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'cli', 'main.ts'), 'claims', file], { encoding: 'utf8' });
  const lines = out.trim().split('\n');
  assert.equal(lines[0], 'Sentence_id\tscore\tclass_label');
  assert.equal(lines.length, 3);
  const [id, score, label] = lines[1].split('\t');
  assert.equal(id, '7');
  assert.ok(Number(score) >= 0 && Number(score) <= 1);
  assert.equal(label, 'Yes');
  assert.equal(lines[2].split('\t')[2], 'No');
});
