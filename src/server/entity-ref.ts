// How the app and the API name an entity across a corpus: its knowledge-base id (a Wikidata
// QID) when it has one, else its canonical name. Pure, shared with the web app.
import type { Entity } from '../brief/types.js';

export function entityRef(e: Pick<Entity, 'name' | 'kb'>): string {
  return e.kb?.id ?? e.name;
}

/** True for Wikidata item ids such as Q42. */
export function isQid(s: string): boolean {
  return /^Q[1-9]\d{0,11}$/.test(s);
}

export function wikidataUrl(qid: string): string | null {
  return isQid(qid) ? `https://www.wikidata.org/wiki/${qid}` : null;
}
