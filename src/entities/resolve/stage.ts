// Stage "resolve": one entity per real-world thing. Clusters the tagger's mentions (names,
// surnames, defined acronyms, knowledge-base aliases), adds role, capital and pronoun mentions,
// links each entity to the knowledge base, notes variants and probable misspellings, and ranks
// entities by salience. Requires mentions; assigns entities and replaces mentions.
import type { Entity, Finding, Mention } from '../../brief/types.js';
import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { kbFrom } from '../kb/load.js';
import { acronymMap, clusterNamed, joinNamesTypedBothWays, newCluster } from './cluster.js';
import { findAcronymDefs, termAcronyms } from './acronyms.js';
import { extendMentions } from './extend.js';
import { documentCountries } from './countries.js';
import { bestLink, type LinkContext } from './link.js';
import { resolvePronouns } from './pronouns.js';
import { actsPolitically, resolveRoles } from './roles.js';
import { rawSalience } from './salience.js';
import { misspellingOf, spellingFindings } from './spelling.js';
import { personWords, spanNames, type SpanNames } from './surface.js';
import { refineType } from './types-refine.js';
import { apposedOrganisation, premodifiedOrganisation } from './apposition-type.js';
import type { Cluster } from './types.js';

/** Bounds for hostile input: a document with more mentions than this keeps only the first. */
const MAX_MENTIONS = 5000;
/** Unknown names checked for misspellings per document (each check scans part of the KB). */
const MAX_SPELLING_CHECKS = 300;

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
  findings: Finding[];
}

export function resolveMentions(doc: Doc, kb: KnowledgeBase): Resolution {
  const text = doc.text;
  // "artificial intelligence (AI)": the document's terms are not names, wherever they stand.
  const terms = termAcronyms(text);
  const isTerm = (m: Mention) => {
    if (terms.size === 0) return false;
    const s = text.slice(m.start, m.end);
    return terms.has(s) || terms.has(s.endsWith('s') ? s.slice(0, -1) : `${s}s`);
  };
  const cleaned = [...doc.get('mentions')]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start && !isTerm(m))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .slice(0, MAX_MENTIONS)
    .map((m) => ({ ...m, entity: null, via: m.via ?? 'tagger' }));
  const input = extendMentions(text, doc.maybe('tokens'), kb, cleaned);

  // Acronyms defined in the text become mentions of their long forms.
  const defs = findAcronymDefs(text, input);
  for (const d of defs) {
    if (input.some((m) => m.start < d.end && d.start < m.end)) continue;
    input.push({ start: d.start, end: d.end, type: d.long.type, entity: null, via: 'acronym' });
  }
  input.sort((a, b) => a.start - b.start || b.end - a.end);

  const names = spanNames(text);
  const ctx: LinkContext = documentCountries(names, kb, input);
  const of = clusterNamed(text, input, { kb, ctx, acronyms: acronymMap(defs), names });
  let clusters = [...new Set(of.values())].filter((c) => c.mentions.length > 0);

  // Linking, then merging clusters that link to the same entry.
  let spellingChecks = 0;
  for (const c of clusters) {
    c.link = bestLink(kb, c.keys, c.tag, ctx);
    if (!c.link && spellingChecks++ < MAX_SPELLING_CHECKS) {
      const longest = [...c.keys].sort((a, b) => b.length - a.length)[0];
      // The fallback proposer marks the types it guessed with via "caps".
      const typeKnown = c.mentions.some((m) => m.via !== 'caps');
      const e = longest ? misspellingOf(kb, longest, c.tag, typeKnown) : null;
      if (e) {
        c.misspelling = { entry: e, surface: longest };
        c.link = { entry: e, confidence: 0.5 };
      }
    }
  }
  const byEntry = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.link) continue;
    const first = byEntry.get(c.link.entry.id);
    if (!first) {
      byEntry.set(c.link.entry.id, c);
      continue;
    }
    for (const m of c.mentions) {
      first.mentions.push(m);
      of.set(m, first);
    }
    for (const k of c.keys) first.keys.add(k);
    first.misspelling ??= c.misspelling;
    c.mentions = [];
  }
  clusters = joinNamesTypedBothWays(clusters.filter((c) => c.mentions.length > 0), of);

  // A name the text calls a firm is an organisation: after it for a "person" ("Metrovias, the
  // private firm which ..."), before it for any kind ("Russian oil giant Yukos", tagged MISC too).
  // An untyped knowledge-base link ("Google") says nothing about the type.
  for (const c of clusters) {
    if (c.tag === 'ORG' || (c.link && c.link.entry.type !== 'ANY')) continue;
    const oneWord = [...c.keys].every((k) => !k.includes(' '));
    const tagged = c.mentions.filter((m) => m.via === 'tagger');
    if (tagged.some((m) => premodifiedOrganisation(text, m.start, oneWord) || (c.tag === 'PER' && apposedOrganisation(text, m.end)))) c.tag = 'ORG';
  }

  // A capital that acts politically stands for its country's government ("Moscow denied ...").
  for (const c of clusters) {
    const e = c.link?.entry;
    if (!e || e.type !== 'GPE' || !e.desc?.startsWith('capital city') || !e.country) continue;
    const country = kb.country(e.country);
    if (!country) continue;
    for (const m of [...c.mentions]) {
      if (m.via !== 'tagger' || !actsPolitically(text, m.end)) continue;
      let target = byEntry.get(country.id);
      if (!target) {
        target = newCluster(m, '');
        target.mentions = [];
        target.tag = 'LOC';
        target.link = { entry: country, confidence: 0.8 };
        byEntry.set(country.id, target);
        clusters.push(target);
      }
      c.mentions.splice(c.mentions.indexOf(m), 1);
      m.via = 'role';
      target.mentions.push(m);
      of.set(m, target);
    }
  }
  clusters = clusters.filter((c) => c.mentions.length > 0);

  const all: Mention[] = [...of.keys()];
  all.push(...resolveRoles(text, kb, all, of));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const sentences = doc.maybe('sentences') ?? [];
  all.push(...resolvePronouns(text, sentences, all, of));

  // Names, types, salience, ids.
  const named = (c: Cluster): Mention[] => c.mentions.filter((m) => m.via !== 'pronoun' && m.via !== 'role');
  const nameOf = (c: Cluster): string => {
    if (c.link) return c.link.entry.name;
    const surfaces = named(c).map((m) => names.surface(m));
    if (c.tag === 'PER') {
      // Most name words first (counted once per surface, not per comparison), then longest.
      const ranked = surfaces.map((s) => ({ s, words: personWords(s.toLowerCase()).length }));
      ranked.sort((a, b) => b.words - a.words || b.s.length - a.s.length);
      return ranked[0]?.s ?? names.surface(c.mentions[0]);
    }
    surfaces.sort((a, b) => b.length - a.length);
    return surfaces[0] ?? names.surface(c.mentions[0]);
  };
  const scored = clusters
    .filter((c) => c.mentions.length > 0)
    .map((c) => {
      c.mentions.sort((a, b) => a.start - b.start);
      const name = nameOf(c);
      c.type = refineType(c, name);
      // Nationalities and groups colour an article; they are seldom its actors.
      const weight = c.type === 'NORP' ? 0.4 : 1;
      return { c, name, raw: weight * rawSalience(c.mentions, doc.blocks, text.length) };
    });
  const max = Math.max(1e-9, ...scored.map((s) => s.raw));
  scored.sort((a, b) => b.raw - a.raw || a.c.mentions[0].start - b.c.mentions[0].start);

  const entities: Entity[] = [];
  const findings: Finding[] = [];
  scored.forEach(({ c, name, raw }, i) => {
    const id = `e${i + 1}`;
    const aliases = [...new Set(c.mentions.filter((m) => m.via !== 'pronoun').map((m) => names.surface(m)))].filter(
      (a) => a !== name,
    );
    const entity: Entity = { id, name, type: c.type, aliases, mentions: c.mentions.length, salience: Math.round((raw / max) * 1000) / 1000 };
    if (c.link) {
      entity.kb = { id: c.link.entry.id, confidence: c.link.confidence, label: c.link.entry.name };
      if (c.link.entry.desc) entity.kb.description = c.link.entry.desc;
      if (c.link.entry.date) entity.kb.date = c.link.entry.date;
    }
    entities.push(entity);
    for (const m of c.mentions) {
      m.entity = id;
      m.type = c.type;
    }
    for (const f of spellingFindings(kb, c, names.surface, names.key)) {
      findings.push({ ...f, refs: [id, ...(f.refs ?? [])] });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions: all, findings };
}

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['mentions'],
  assigns: ['entities', 'mentions'],
  run(doc, ctx) {
    const { entities, mentions, findings } = resolveMentions(doc, kbFrom(ctx.resources));
    doc.set('mentions', mentions);
    doc.set('entities', entities);
    for (const f of findings) doc.addFinding(f);
  },
};

