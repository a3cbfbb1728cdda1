// The trigger lists must be complete: candidates() tried only at start words must find exactly
// what a plain whole-text scan of every rule finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Candidate } from './env.js';
import { candidates } from './recognise.js';
import { RULES } from './rules.js';
import { AFTER_THE, RULE_STARTS } from './triggers.js';

/** The slow reference: every rule's global pattern over the whole text. */
function scanAll(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    const re = new RegExp(rule.re.source, rule.re.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = /\n\s*\n/.test(m[0]) ? null : rule.build(m, text);
      if (c && c.end > c.start) out.push({ ...c, rule: rule.name });
      if (!c) re.lastIndex = m.index + 1;
    }
  }
  return out;
}

const key = (cs: Candidate[]): string[] => cs.map((c) => `${c.rule}:${c.start}-${c.end}:${c.type}`).sort();

const SAMPLES = [
  'On Friday, July 13, 2024 the talks resumed; on 13 July 2024 they ended. In March 2022 and early November 2023 prices rose.',
  'The 13th of July, the 1990s, mid-1990s, the \'90s, the nineties, the 20th century and the twenty-first century.',
  'Last summer, this winter, midwinter 2005, the end of the year, year-end, the fiscal year, fiscal 1990, FY2024, the 1990 fiscal year.',
  'The third quarter, the third-quarter results, Q3 2024, the first half of 2023, the year-earlier quarter, the latest quarter, that quarter.',
  'Two years ago, a week earlier, three months later, the past five years, several years, the past few weeks, recent months.',
  'For the past year; the following month; earlier this month; late last year; the day before yesterday; today and tomorrow.',
  'Now, currently, at present, these days, right now, at the moment, the present. Recently, lately, in the past, the past; the near future.',
  'Last Friday, next Monday, on Tuesday, Wednesday\'s ruling, at 5 p.m. Tuesday, about 10:30 am EST on March 3, tonight, the morning, this morning.',
  'Themorning, lastnight, midJanuary, earlyMay 1990, 2024-07-13, 13.07.2024, 13/07/2024, 7/13/24, nineteen ninety-six, the year two thousand.',
  'Christmas Day, New Year\'s Eve 2001, Thanksgiving, that year, later that day, the same month, January this year, April next year.',
  'Daily, weekly, every other week, each Monday, per year, every summer, a five-year plan, twenty four hours, a minute and a half, one day.',
  'The first days of the launch of the large-scale invasion of Ukraine; the early months of the war; the  weekend; the week; the   year.',
  'Down from the previous Friday, in the week of March 6, 2000, the preceding month, the following Tuesday, it will one day end. The last half of 1989, first two quarters of 1990, the final quarter of 2023.',
  'It took 2020 people 1,999 days, over 1500 hours, about 3.5 1/2 years; the 2020 elections; in 1066; 1990-91; fiscal 2023-24; FY2023/24.',
];

test('the trigger lists miss no match a whole-text scan finds', () => {
  for (const s of SAMPLES) assert.deepEqual(key(candidates(s)), key(scanAll(s)), s);
  // and all at once, with paragraph breaks between
  const all = SAMPLES.join('\n\n');
  assert.deepEqual(key(candidates(all)), key(scanAll(all)));
});

test('every rule has start words, and every rule that may start on "the" a gate for the next word', () => {
  for (const r of RULES) {
    assert.ok(RULE_STARTS[r.name], r.name);
    if (RULE_STARTS[r.name].split(/\s+/).includes('the')) assert.ok(AFTER_THE[r.name], `${r.name} after "the"`);
  }
});

test('the samples do find something for most rules (the check above is not vacuous)', () => {
  const rules = new Set(candidates(SAMPLES.join('\n\n')).map((c) => c.rule));
  assert.ok(rules.size >= 30, `only ${rules.size} rules matched`);
});

test('a start on a digit is tried for the rules that take a digit run of its length', () => {
  const s = 'In 20245 and 123 days, 05 May, 7 March 1999, 12:30pm, 2024-07-13, 3rd quarter, 21st century, 1990s, 2004 fiscal year, 12/7/04, 2004\'s third quarter, 30 years ago.';
  assert.deepEqual(key(candidates(s)), key(scanAll(s)));
});
