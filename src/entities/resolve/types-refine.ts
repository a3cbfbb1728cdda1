// The brief type of a cluster: the knowledge base's where linked, else the tagger's refined by
// the words of the name.
import type { Cluster } from './types.js';

const MILITARY = /\b(?:Regiment|Corps|Brigade|Battalion|Division|Army|Armed Forces|Forces|Legion|Fleet|Guards?|Militia|Squadron|Navy|Air Force)\b/;
const FACILITY = /\b(?:Airport|Airfield|Bridge|Power Plant|Plant|Station|Dam|Palace|Stadium|Base|Prison|Hospital|Harbour|Port|Pipeline)\b/;
const EVENT = /\b(?:[Ww]ar|[Ii]nvasion|[Ee]lections?|[Rr]evolution|[Ss]ummit|Olympics|Games|[Oo]peration|[Pp]rotests?|[Cc]risis|[Cc]onference|[Rr]eferendum|Cup|Championship)\b/;

export function refineType(c: Cluster, name: string): string {
  const linked = c.link?.entry.type;
  if (linked && linked !== 'ANY') return linked;
  switch (c.tag) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return MILITARY.test(name) ? 'MILITARY_UNIT' : FACILITY.test(name) ? 'FACILITY' : 'ORG';
    case 'LOC':
      if (FACILITY.test(name)) return 'FACILITY';
      if (MILITARY.test(name)) return 'MILITARY_UNIT';
      return linked === 'ANY' ? 'GPE' : 'LOC';
    case 'MISC':
      if (EVENT.test(name)) return 'EVENT';
      if (MILITARY.test(name)) return 'MILITARY_UNIT';
      if (/(?:ian|ese|ish|ans?|i)s?$/.test(name) && !name.includes(' ')) return 'NORP';
      return 'MISC';
  }
}
