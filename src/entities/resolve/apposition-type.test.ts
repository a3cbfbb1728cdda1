import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apposedOrganisation } from './apposition-type.js';

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
