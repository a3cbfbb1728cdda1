// What an annotation is, in words and as a small card: the entity's knowledge-base link, a
// date's value, a figure's measure and subject, a quotation's speaker, a finding's message.
import type { Brief } from '../../../src/server/api-types.js';
import { checkMark, subjectName } from '../../../src/server/csv.js';
import { entityRef, wikidataUrl } from '../../../src/server/entity-ref.js';
import { formatNumber, h } from '../dom.js';
import type { Ann } from './annotations.js';

export const TYPE_NAMES: Record<string, string> = {
  PER: 'person', PERSON: 'person', ORG: 'organisation', LOC: 'place', GPE: 'place', MISC: 'other',
  NORP: 'group', FACILITY: 'facility', EVENT: 'event', MILITARY_UNIT: 'military unit',
};

export const typeName = (t: string) => TYPE_NAMES[t] ?? t.toLowerCase();

export function describe(b: Brief, a: Ann): string {
  switch (a.kind) {
    case 'entity': {
      const m = b.mentions[a.index];
      const e = b.entities.find((x) => x.id === m.entity);
      return e ? `${typeName(e.type)} ${e.name}` : typeName(m.type);
    }
    case 'time':
      return `date ${b.times[a.index].value}`;
    case 'figure': {
      const f = b.figures[a.index];
      return `figure: ${f.measure}${f.subject ? ` of ${subjectName(b, f.subject)}` : ''}`;
    }
    case 'quote': {
      const q = b.quotes[a.index];
      return `${q.kind} quotation${q.speaker ? ` by ${q.speaker}` : ''}`;
    }
    case 'finding': {
      const f = b.findings[a.index];
      return `${f.severity}: ${f.message}`;
    }
  }
}

function row(label: string, value: Node | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h('div', { class: 'kv' }, h('dt', {}, label), h('dd', {}, value));
}

export function card(b: Brief, a: Ann): HTMLElement {
  const text = b.text.slice(a.start, a.end);
  switch (a.kind) {
    case 'entity': {
      const m = b.mentions[a.index];
      const e = b.entities.find((x) => x.id === m.entity);
      const kbUrl = e?.kb ? wikidataUrl(e.kb.id) : null;
      return h('section', { class: 'card card-entity' },
        h('h4', {}, e?.name ?? text, ' ', h('span', { class: 'tag' }, typeName(e?.type ?? m.type))),
        h('dl', {},
          row('knowledge base', kbUrl ? h('a', { href: kbUrl, target: '_blank', rel: 'noopener noreferrer' }, `Wikidata ${e!.kb!.id}`) : 'not linked'),
          row('description', e?.kb?.description),
          row('also called', e && e.aliases.length ? e.aliases.slice(0, 6).join(', ') : null),
          row('mentions', e ? String(e.mentions) : null)),
        e ? h('a', { class: 'more', href: `#/entity/${encodeURIComponent(entityRef(e))}` }, 'In the corpus →') : null);
    }
    case 'time': {
      const t = b.times[a.index];
      return h('section', { class: 'card card-time' },
        h('h4', {}, text, ' ', h('span', { class: 'tag' }, t.type.toLowerCase())),
        h('dl', {}, row('value', h('code', {}, t.value)), row('precision', t.precision), row('reckoned from', t.anchor)));
    }
    case 'figure': {
      const f = b.figures[a.index];
      const mark = checkMark(f, b.findings);
      return h('section', { class: 'card card-figure' },
        h('h4', {}, text, ' ', h('span', { class: `tag mark-${mark}` }, mark)),
        h('dl', {},
          row('value', `${f.approx ? f.approx + ' ' : ''}${formatNumber(f.value)}${f.unit ? ' ' + f.unit : ''}`),
          row('measure', f.measure),
          row('subject', subjectName(b, f.subject)),
          row('qualifier', f.qualifier),
          row('time', f.time),
          row('source', f.source),
          row('part of', f.partOf ? b.figures.find((x) => x.id === f.partOf)?.measure ?? f.partOf : null)));
    }
    case 'quote': {
      const q = b.quotes[a.index];
      return h('section', { class: 'card card-quote' },
        h('h4', {}, `${q.kind[0].toUpperCase()}${q.kind.slice(1)} quotation`),
        h('dl', {}, row('speaker', q.speaker ?? (q.kind === 'scare' ? 'none (a quoted term)' : 'not identified')), row('cue', q.cue), row('via', q.via)));
    }
    case 'finding': {
      const f = b.findings[a.index];
      return h('section', { class: `card card-finding s-${f.severity}` },
        h('h4', {}, h('span', { class: `sev sev-${f.severity}` }, f.severity), ' ', f.rule),
        h('p', {}, f.message));
    }
  }
}
