// Acronyms the text defines: "the Ukrainian Intelligence Directorate (HUR)" makes HUR a name of
// that directorate for the rest of the document; "HUR (Main Directorate of Intelligence)" likewise.
import type { Mention } from '../../brief/types.js';

const AFTER = /^\s*\(\s*([A-Z][A-Za-z&]{1,7}|[A-Z](?:\.[A-Z])+\.?)\s*\)/;

export interface AcronymDef {
  /** The mention that spells the long form. */
  long: Mention;
  /** The span of the acronym inside the parentheses. */
  start: number;
  end: number;
  acronym: string;
}

/** Definitions "Long Name (ACR)" right after a mention; at most one per mention. */
export function findAcronymDefs(text: string, mentions: readonly Mention[]): AcronymDef[] {
  const defs: AcronymDef[] = [];
  for (const m of mentions) {
    if (m.end - m.start < 4) continue;
    const tail = text.slice(m.end, m.end + 24);
    const hit = AFTER.exec(tail);
    if (!hit) continue;
    const acronym = hit[1];
    // An acronym has more capitals than a word: "HUR", "IISS", "GenStaff" - not "(Minsk)".
    const caps = acronym.replace(/[^A-Z]/g, '').length;
    if (caps < 2 || caps < acronym.replace(/[^A-Za-z]/g, '').length / 2) continue;
    const start = m.end + hit.index + hit[0].indexOf(acronym);
    defs.push({ long: m, start, end: start + acronym.length, acronym });
  }
  return defs;
}
