// The compiled knowledge-base file (models/kb.json.gz): one row per entry, lists joined with "|",
// so the file stays small and loads with one JSON.parse. Aliases and variants are stored as
// normalised keys (normKey), so loading does not normalise them again.
import { normKey } from './normalize.js';
import type { KbEntry, KbType } from './types.js';

export const KB_FORMAT = 'dossier.kb/1';

/** [id, name, type, prior*1000, country, desc, aliases, variants, roles, date, end] */
export type KbRow = [string, string, KbType, number, string, string, string, string, string, string, string];

export interface KbFile {
  format: typeof KB_FORMAT;
  built: string;
  sources: { name: string; licence: string; entries: number }[];
  rows: KbRow[];
}

const split = (s: string): string[] => (s ? s.split('|') : []);

export function encodeEntry(e: KbEntry): KbRow {
  return [
    e.id,
    e.name,
    e.type,
    Math.round(e.prior * 1000),
    e.country ?? '',
    e.desc ?? '',
    e.aliases.map(normKey).join('|'),
    e.variants.map(normKey).join('|'),
    e.roles.join('|'),
    e.date ?? '',
    e.end ?? '',
  ];
}

export function decodeRow(r: KbRow): KbEntry {
  const e: KbEntry = {
    id: r[0],
    name: r[1],
    type: r[2],
    prior: r[3] / 1000,
    aliases: split(r[6]),
    variants: split(r[7]),
    roles: split(r[8]),
  };
  if (r[4]) e.country = r[4];
  if (r[5]) e.desc = r[5];
  if (r[9]) e.date = r[9];
  if (r[10]) e.end = r[10];
  return e;
}
