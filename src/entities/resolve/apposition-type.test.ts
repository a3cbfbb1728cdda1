import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apposedOrganisation, premodifiedOrganisation } from './apposition-type.js';

const after = (s: string) => apposedOrganisation(s, s.indexOf(','));

test('an apposition headed by a firm, a company or a newspaper makes a name an organisation', () => {
  assert.ok(after('Metrovias, the private firm which runs the five tube lines, has offered 8%.'));
  assert.ok(after('Group Menatep, the Gibraltar-based holding company which controls 51% of Yukos, says'));
  assert.ok(after('De Telegraaf, a daily Amsterdam newspaper, became news'));
});

test('people stay people: a job, a possessive, or a firm further down the phrase', () => {
  assert.ok(!after('Jose Lopez, the union leader, said'));
  assert.ok(!after("Ann Lee, the company's chief executive, said"));
  assert.ok(!after('Gianni Agnelli, the godfather of the group, wanted control'));
  assert.ok(!after('Jo Flaherty, a senior broadcaster with the CBS network, said'));
  assert.ok(!after('Kim Lee, a film producer, said'));
});

const before = (s: string, name: string) => premodifiedOrganisation(s, s.indexOf(name), !name.includes(' '));

test('a head noun before the name, after a modifier, makes it an organisation', () => {
  assert.ok(before('the beleaguered Russian oil giant Yukos said', 'Yukos'));
  assert.ok(before('Manchester rock band Doves have entered', 'Doves'));
  assert.ok(before('a return to his old club Portsmouth after', 'Portsmouth'));
  assert.ok(before('Irish-based property firm Quinlan Private said', 'Quinlan Private'));
});

test('a head after an article, on the line before, or "giant" before a full name does not', () => {
  assert.ok(!before('the company John Smith founded in 1990', 'John Smith'));
  assert.ok(!before('Finnan says Irish can win group\n\nSteve Finnan believes', 'Steve Finnan'));
  assert.ok(!before('a tribute to jazz giant Miles Davis', 'Miles Davis'));
  assert.ok(!before('he told the BBC News website Ford did not', 'Ford'));
  assert.ok(!before('a veteran broadcaster David Dimbleby said', 'David Dimbleby'));
});

test('a hyphenated head and a no-break space count too', () => {
  assert.ok(before('the Californian start-up Blinkx said', 'Blinkx'));
  assert.ok(before('the Russian oil\u00a0giant\u00a0Yukos said', 'Yukos'));
});
