import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../brief/types.js';
import { Doc } from '../../core/doc.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbEntry } from '../kb/types.js';
import { editDistance } from './edit-distance.js';
import { bestLink, candidates, chooseLink } from './link.js';
import { resolveMentions } from './stage.js';
import { segmentText } from '../../segment/stage.js';

const entry = (e: Partial<KbEntry> & Pick<KbEntry, 'id' | 'name' | 'type'>): KbEntry => ({
  prior: 0.6,
  aliases: [],
  variants: [],
  roles: [],
  ...e,
});

const KB = new KnowledgeBase([
  entry({ id: 'Q2866', name: 'Alexander Lukashenko', type: 'PERSON', country: 'BLR', variants: ['Alexander Lukashenka', 'Lukashenka'], aliases: ['Lukashenko'], roles: ['belarusian president'] }),
  entry({ id: 'Q7747', name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', aliases: ['Putin'], roles: ['russian president'] }),
  entry({ id: 'Q184', name: 'Belarus', type: 'GPE', country: 'BLR', desc: 'country', prior: 0.8 }),
  entry({ id: 'Q159', name: 'Russia', type: 'GPE', country: 'RUS', desc: 'country', prior: 0.8 }),
  entry({ id: 'Q212', name: 'Ukraine', type: 'GPE', country: 'UKR', desc: 'country', prior: 0.8 }),
  entry({ id: 'Q230', name: 'Georgia', type: 'GPE', country: 'GEO', desc: 'country', prior: 0.8 }),
  entry({ id: 'Q30', name: 'United States', type: 'GPE', country: 'USA', desc: 'country', prior: 0.8 }),
  entry({ id: 'Q1428', name: 'Georgia', type: 'GPE', country: 'USA', desc: 'US state', prior: 0.5 }),
  entry({ id: 'Q23556', name: 'Atlanta', type: 'GPE', country: 'USA', prior: 0.6 }),
  entry({ id: 'Q90', name: 'Paris', type: 'GPE', country: 'FRA', prior: 0.75 }),
  entry({ id: 'norp:BLR', name: 'Belarusian', type: 'NORP', country: 'BLR', prior: 0.7 }),
  entry({ id: 'norp:RUS', name: 'Russian', type: 'NORP', country: 'RUS', prior: 0.7 }),
  entry({ id: 'Q649', name: 'Moscow', type: 'GPE', country: 'RUS', desc: 'capital city in RUS', prior: 0.75 }),
  entry({ id: 'Q1899', name: 'Kyiv', type: 'GPE', country: 'UKR', variants: ['Kiev'], prior: 0.75 }),
  entry({ id: 'dossier:chatham-house', name: 'Chatham House', type: 'ORG', country: 'GBR', prior: 0.55 }),
  entry({ id: 'dossier:kyrylo-budanov', name: 'Kyrylo Budanov', type: 'PERSON', country: 'UKR', prior: 0.55 }),
  entry({ id: 'dossier:hur', name: 'Main Directorate of Intelligence of Ukraine', type: 'ORG', country: 'UKR', aliases: ['HUR'], prior: 0.55 }),
]);

/** A doc with sentences and a hand-built mention layer: each [surface, type, occurrence?]. */
function docWith(text: string, spec: [string, string, number?][]): Doc {
  const doc = new Doc(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  const { tokens, sentences } = segmentText(text, doc.blocks);
  doc.set('tokens', tokens);
  doc.set('sentences', sentences);
  const mentions: Mention[] = spec.map(([s, type, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(s, at + 1);
    assert.ok(at >= 0, `no "${s}" #${nth}`);
    return { start: at, end: at + s.length, type, entity: null, via: 'tagger' };
  });
  doc.set('mentions', mentions);
  return doc;
}

function entityOf(r: ReturnType<typeof resolveMentions>, text: string, surface: string, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const m = r.mentions.find((x) => x.start === at && x.end === at + surface.length);
  assert.ok(m, `no mention "${surface}"`);
  return r.entities.find((e) => e.id === m.entity)!;
}

test('edit distance counts transpositions as one edit and stops past the bound', () => {
  assert.equal(editDistance('chatnam house', 'chatham house', 2), 1);
  assert.equal(editDistance('kyrilo', 'kyrylo', 2), 1);
  assert.equal(editDistance('abcd', 'abdc', 2), 1);
  assert.equal(editDistance('kiev', 'london', 1), 2);
});

test('full name, surname, role description and a reporting pronoun are one person', () => {
  const text =
    'Belarusian President Alexander Lukashenko met generals. The Belarusian leader ordered a withdrawal. ' +
    'He also stated that Belarus has no tensions. Later Lukashenko spoke to Vladimir Putin.';
  const doc = docWith(text, [
    ['Belarusian', 'MISC'],
    ['Alexander Lukashenko', 'PER'],
    ['Belarusian', 'MISC', 1],
    ['Belarus', 'LOC', 2],
    ['Lukashenko', 'PER', 1],
    ['Vladimir Putin', 'PER'],
  ]);
  const r = resolveMentions(doc, KB);
  const luka = entityOf(r, text, 'Alexander Lukashenko');
  assert.equal(luka.kb?.id, 'Q2866');
  assert.equal(luka.type, 'PERSON');
  assert.equal(entityOf(r, text, 'Lukashenko', 1).id, luka.id);
  assert.equal(entityOf(r, text, 'Belarusian leader').id, luka.id);
  assert.equal(entityOf(r, text, 'Belarusian President').id, luka.id);
  assert.equal(entityOf(r, text, 'He').id, luka.id);
  assert.equal(r.mentions.find((m) => text.slice(m.start, m.end) === 'He')?.via, 'pronoun');
  assert.notEqual(entityOf(r, text, 'Vladimir Putin').id, luka.id);
  assert.equal(entityOf(r, text, 'Belarusian').type, 'NORP');
  // The most mentioned person comes first.
  assert.equal(r.entities[0].id, luka.id);
  assert.ok(r.entities[0].salience >= r.entities[1].salience);
});

test('an acronym defined in the text joins its long form', () => {
  const text = 'The Ukrainian Intelligence Directorate (HUR) reported losses. Later HUR said more.';
  const doc = docWith(text, [
    ['Ukrainian Intelligence Directorate', 'ORG'],
    ['HUR', 'ORG', 1],
  ]);
  const r = resolveMentions(doc, KB);
  const dir = entityOf(r, text, 'Ukrainian Intelligence Directorate');
  assert.equal(entityOf(r, text, 'HUR').id, dir.id);
  assert.equal(entityOf(r, text, 'HUR', 1).id, dir.id);
  assert.equal(r.mentions.find((m) => text.slice(m.start, m.end) === 'HUR')?.via, 'acronym');
});

test('Georgia is the country beside Russia and the US state beside Atlanta', () => {
  const a = 'Russia and Georgia fought a war. Russia recognised two regions of Georgia. Russia said so.';
  const ra = resolveMentions(docWith(a, [['Russia', 'LOC'], ['Georgia', 'LOC'], ['Russia', 'LOC', 1], ['Georgia', 'LOC', 1], ['Russia', 'LOC', 2]]), KB);
  assert.equal(entityOf(ra, a, 'Georgia').kb?.id, 'Q230');
  const b = 'Voters in Atlanta, Georgia, queued for hours. Atlanta is the largest city in the United States region.';
  const rb = resolveMentions(docWith(b, [['Atlanta', 'LOC'], ['Georgia', 'LOC'], ['Atlanta', 'LOC', 1], ['United States', 'LOC']]), KB);
  assert.equal(entityOf(rb, b, 'Georgia').kb?.id, 'Q1428');
});

test('Paris the person is not linked to Paris the city', () => {
  const text = 'Paris Jackson said Paris was tired.';
  const r = resolveMentions(docWith(text, [['Paris Jackson', 'PER'], ['Paris', 'PER', 1]]), KB);
  const e = entityOf(r, text, 'Paris', 1);
  assert.equal(e.type, 'PERSON');
  assert.equal(e.kb, undefined);
});

test('misspelled names become findings; transliteration variants are notes, never errors', () => {
  const text = 'A poll by Chatnam House was cited. Kyrilo Budanov commands it. Troops neared Kiev. Lukashenka spoke.';
  const r = resolveMentions(
    docWith(text, [['Chatnam House', 'ORG'], ['Kyrilo Budanov', 'PER'], ['Kiev', 'LOC'], ['Lukashenka', 'PER']]),
    KB,
  );
  const miss = r.findings.filter((f) => f.rule === 'entity.misspelling');
  assert.deepEqual(miss.map((f) => [f.actual, f.expected, f.severity]), [
    ['Chatnam House', 'Chatham House', 'warning'],
    ['Kyrilo Budanov', 'Kyrylo Budanov', 'warning'],
  ]);
  const variants = r.findings.filter((f) => f.rule === 'entity.variant');
  assert.deepEqual(variants.map((f) => [f.actual, f.expected, f.severity]).sort(), [
    ['Kiev', 'Kyiv', 'info'],
    ['Lukashenka', 'Alexander Lukashenko', 'info'],
  ]);
  assert.equal(entityOf(r, text, 'Kiev').kb?.id, 'Q1899');
  for (const f of r.findings) for (const s of f.spans) assert.equal(text.slice(s.start, s.end), f.actual);
});

test('an unknown name far from every known one is neither linked nor flagged', () => {
  const text = 'Ms Oksana Petrenko of Zhytkavichy Works spoke.';
  const r = resolveMentions(docWith(text, [['Oksana Petrenko', 'PER'], ['Zhytkavichy Works', 'ORG']]), KB);
  assert.equal(r.findings.length, 0);
  assert.ok(r.entities.every((e) => e.kb === undefined));
});

test('a capital acting politically stands for its country', () => {
  const text = 'Russia massed troops. Moscow denied any plan to attack.';
  const r = resolveMentions(docWith(text, [['Russia', 'LOC'], ['Moscow', 'LOC']]), KB);
  assert.equal(entityOf(r, text, 'Moscow').kb?.id, 'Q159');
});

test('hostile input: many mentions and odd spans neither hang nor crash', () => {
  const text = 'Putin '.repeat(3000);
  const spec: [string, string, number][] = [];
  for (let i = 0; i < 3000; i += 3) spec.push(['Putin', 'PER', i]);
  const doc = docWith(text, spec);
  doc.set('mentions', [...doc.get('mentions'), { start: -5, end: 2, type: 'PER', entity: null }, { start: 10, end: 9, type: 'ORG', entity: null }]);
  const r = resolveMentions(doc, KB);
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0].mentions, 1000);
});

test('a "person" named only by one word that is a known organisation is that organisation; a full name stays a person', () => {
  const kb = new KnowledgeBase([
    entry({ id: 'Q9630', name: 'Labour Party', type: 'ORG', country: 'GBR', aliases: ['Labour'], prior: 0.8 }),
    entry({ id: 'org:lewis', name: 'John Lewis', type: 'ORG', country: 'GBR', aliases: ['Lewis'], prior: 0.8 }),
  ]);
  const text = 'Labour wins the vote, Labour said. Anna Lewis said Lewis was tired.';
  const r = resolveMentions(docWith(text, [['Labour', 'PER'], ['Labour', 'PER', 1], ['Anna Lewis', 'PER'], ['Lewis', 'PER', 1]]), kb);
  const party = entityOf(r, text, 'Labour');
  assert.equal(party.type, 'ORG');
  assert.equal(party.kb?.id, 'Q9630');
  const person = entityOf(r, text, 'Lewis', 1);
  assert.equal(person.type, 'PERSON');
  assert.equal(person.kb, undefined);
});

test('a person named in full is not linked to a popular untyped item that shares the surname ("Oona King" is not The King)', () => {
  const kb = new KnowledgeBase([entry({ id: 'Q54801155', name: 'The King', type: 'ANY', prior: 0.8 })]);
  const text = 'Oona King said the vote was fair. King later left.';
  const r = resolveMentions(docWith(text, [['Oona King', 'PER'], ['King', 'PER', 1]]), kb);
  const e = entityOf(r, text, 'Oona King');
  assert.equal(e.name, 'Oona King');
  assert.equal(e.kb, undefined);
});

test('bestLink chooses what chooseLink chooses from the ranked candidates', () => {
  const kb = new KnowledgeBase([
    { id: 'Q1', name: 'Georgia', type: 'GPE', prior: 0.9, aliases: [], variants: [], roles: [], country: 'GEO', desc: 'country' },
    { id: 'Q2', name: 'Georgia', type: 'GPE', prior: 0.9, aliases: [], variants: [], roles: [], country: 'USA' },
    { id: 'Q3', name: 'Georgia Tech', type: 'ORG', prior: 0.5, aliases: ['Georgia'], variants: [], roles: [], country: 'USA' },
    { id: 'Q4', name: 'Tbilisi', type: 'GPE', prior: 0.7, aliases: [], variants: [], roles: [], country: 'GEO' },
  ]);
  const ctxs = [{ countries: new Map<string, number>() }, { countries: new Map([['USA', 1]]), focused: true }];
  for (const keys of [['georgia'], ['georgia', 'georgia tech'], ['tbilisi', 'georgia'], ['nowhere']]) {
    for (const tag of ['LOC', 'ORG', 'PER', 'MISC'] as const) {
      for (const ctx of ctxs) assert.deepEqual(bestLink(kb, keys, tag, ctx), chooseLink(candidates(kb, keys, tag, ctx)), `${keys} ${tag}`);
    }
  }
});

test('a royal title before a person the tagger named alone joins the name when both are a known name; other titles and unknown names stay apart', () => {
  const kb = new KnowledgeBase([
    entry({ id: 'Q152316', name: 'Prince Harry, Duke of Sussex', type: 'ANY', aliases: ['Prince Harry'], prior: 0.7 }),
    entry({ id: 'Q207', name: 'George W. Bush', type: 'PERSON', country: 'USA', aliases: ['President Bush'], prior: 0.8 }),
  ]);
  const text = 'The palace said Prince Harry would attend. President Bush and Prince Albert came too.';
  const r = resolveMentions(docWith(text, [['Harry', 'PER'], ['Bush', 'PER'], ['Albert', 'PER']]), kb);
  const harry = entityOf(r, text, 'Prince Harry');
  assert.equal(harry.kb?.id, 'Q152316');
  // "President" is not part of how the person is named, even where an alias has it.
  assert.ok(r.mentions.some((m) => text.slice(m.start, m.end) === 'Bush'));
  // No known "Prince Albert": the tagger's span stands.
  assert.ok(r.mentions.some((m) => text.slice(m.start, m.end) === 'Albert'));
});

test('a name the text calls a firm or a band before it is an organisation, whatever the tagger said', () => {
  const text = 'Shares in Russian oil giant Yukos fell. Yukos denied it. US rock band Korn played. Dan Korn, 40, left. Mr Smith met jazz giant Miles Davis.';
  const r = resolveMentions(
    docWith(text, [
      ['Yukos', 'PER'],
      ['Yukos', 'PER', 1],
      ['Korn', 'MISC'],
      ['Dan Korn', 'PER'],
      ['Smith', 'PER'],
      ['Miles Davis', 'PER'],
    ]),
    KB,
  );
  assert.equal(entityOf(r, text, 'Yukos', 1).type, 'ORG');
  assert.equal(entityOf(r, text, 'Korn').type, 'ORG');
  assert.equal(entityOf(r, text, 'Smith').type, 'PERSON');
  assert.equal(entityOf(r, text, 'Miles Davis').type, 'PERSON');
});

test('an unknown name the tagger typed both ways is one entity; a known one may stay two', () => {
  const text = 'US insurer Marsh cut jobs. Marsh posted a loss. Marsh said it would pay. Marsh agreed. Paris is calm. Paris sang.';
  const r = resolveMentions(
    docWith(text, [
      ['Marsh', 'ORG'],
      ['Marsh', 'PER', 1],
      ['Marsh', 'PER', 2],
      ['Marsh', 'PER', 3],
      ['Paris', 'LOC'],
      ['Paris', 'PER', 1],
    ]),
    KB,
  );
  const marsh = r.entities.filter((e) => e.name === 'Marsh');
  assert.equal(marsh.length, 1);
  assert.equal(marsh[0].mentions, 4);
  // Most mentions say person, but the text calls it an insurer.
  assert.equal(marsh[0].type, 'ORG');
  assert.equal(r.entities.filter((e) => e.name === 'Paris').length, 2);
});

test('a several-word "person" that is exactly a known organisation, and no known person, is that organisation', () => {
  const kb = new KnowledgeBase([
    entry({ id: 'Q9624', name: 'Liberal Democrats', type: 'ORG', country: 'GBR', aliases: ['Lib Dems'], prior: 0.55 }),
    entry({ id: 'org:jl', name: 'John Lewis', type: 'ORG', country: 'GBR', prior: 0.55 }),
    entry({ id: 'Q1351', name: 'John Lewis', type: 'ANY', prior: 0.6 }),
  ]);
  const text = 'The Lib Dems said so. John Lewis spoke.';
  const r = resolveMentions(docWith(text, [['Lib Dems', 'PER'], ['John Lewis', 'PER']]), kb);
  const libDems = entityOf(r, text, 'Lib Dems');
  assert.equal(libDems.type, 'ORG');
  assert.equal(libDems.kb?.id, 'Q9624');
  // An untyped item of the same name may be the person: no organisation is forced on it.
  assert.notEqual(entityOf(r, text, 'John Lewis').kb?.id, 'org:jl');
});

test('an acronym the text defines in lower-case words is a term, not a name, everywhere in the document', () => {
  const text = 'Firms use augmented reality (AR) filters. AR helps sales. The Ministry of Defence (MoD) said so. The MoD agreed.';
  const r = resolveMentions(docWith(text, [['AR', 'LOC'], ['AR', 'ORG', 1], ['Ministry of Defence', 'ORG'], ['MoD', 'ORG'], ['MoD', 'ORG', 1]]), KB);
  assert.ok(!r.mentions.some((m) => text.slice(m.start, m.end) === 'AR'));
  assert.ok(!r.entities.some((e) => e.name === 'AR'));
  // A capitalised expansion is a name, and its acronym with it.
  assert.equal(entityOf(r, text, 'MoD', 1).name, 'Ministry of Defence');
});
