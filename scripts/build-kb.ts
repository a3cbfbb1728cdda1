// Builds models/kb.json.gz (then packs it into models/kb.bin) from the gazetteers in ../shared/data plus data/curated-kb.yaml.
// Run: npm run build:kb   (DOSSIER_DATA overrides where the shared data lives)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { load as loadYaml } from 'js-yaml';
import { packKbFile } from './pack-kb.js';
import { encodeEntry, KB_FORMAT, type KbFile } from '../src/entities/kb/format.js';
import { normKey } from '../src/entities/kb/normalize.js';
import type { KbEntry, KbType } from '../src/entities/kb/types.js';
import { dataDir } from '../bench/data-dir.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');


// ------------------------------------------------------------------ helpers
const LATIN = /^[\p{Script=Latin}0-9 '’.,()&-]+$/u;
/** A name worth storing: Latin script, capitalised, not a bare code. */
function goodName(s: string): boolean {
  if (s.length < 2 || s.length > 80 || !LATIN.test(s)) return false;
  if (!/^\p{Lu}/u.test(s) && !/^\d/.test(s)) return false;
  return true;
}
const uniq = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Splits CSV text into records, honouring quoted fields that span lines. */
function csvRecords(text: string): string[][] {
  const recs: string[][] = [];
  let buf = '';
  let quotes = 0;
  for (const line of text.split('\n')) {
    buf = buf ? `${buf}\n${line}` : line;
    quotes += line.split('"').length - 1;
    // An open quoted field continues on the next line, but never for more than a few lines.
    if (quotes % 2 === 1 && buf.length < 2000) continue;
    if (buf.trim()) recs.push(parseCsvLine(buf.replace(/\r$/, '')));
    buf = '';
    quotes = 0;
  }
  return recs;
}

// ------------------------------------------------------------------ the store being built
class Builder {
  readonly entries: KbEntry[] = [];
  private readonly byId = new Map<string, KbEntry>();
  readonly counts = new Map<string, number>();

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  add(e: KbEntry, source: string): KbEntry {
    const have = this.byId.get(e.id);
    if (have) return this.merge(have, e);
    this.byId.set(e.id, e);
    this.entries.push(e);
    this.counts.set(source, (this.counts.get(source) ?? 0) + 1);
    return e;
  }

  merge(into: KbEntry, from: Partial<KbEntry>): KbEntry {
    if (from.aliases) into.aliases = uniq([...into.aliases, ...from.aliases]);
    if (from.variants) into.variants = uniq([...into.variants, ...from.variants]);
    if (from.roles) into.roles = uniq([...into.roles, ...from.roles]);
    if (from.prior !== undefined) into.prior = Math.max(into.prior, from.prior);
    into.country ??= from.country;
    into.desc ??= from.desc;
    into.date ??= from.date;
    into.end ??= from.end;
    return into;
  }

  rekey(e: KbEntry, id: string): void {
    this.byId.delete(e.id);
    e.id = id;
    this.byId.set(id, e);
  }

  /** Final clean-up: aliases never repeat the name or a variant; keys stay distinct. */
  finish(): KbEntry[] {
    // A name that is another entry's own name is not an alias of a less popular entry
    // (GeoNames lists "Africa" among a Tunisian town's alternate names).
    const named = new Map<string, number>();
    for (const e of this.entries) {
      const k = normKey(e.name);
      named.set(k, Math.max(named.get(k) ?? 0, e.prior));
    }
    for (const e of this.entries) {
      e.aliases = e.aliases.filter((a) => {
        const p = named.get(normKey(a));
        return p === undefined || p <= e.prior;
      });
    }
    for (const e of this.entries) {
      const nameKey = normKey(e.name);
      const variantKeys = new Set(e.variants.map(normKey));
      const seen = new Set<string>([nameKey]);
      e.variants = e.variants.filter((v) => {
        const k = normKey(v);
        if (!k || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      e.aliases = e.aliases.filter((a) => {
        const k = normKey(a);
        // One- and two-letter aliases are words ("In", "A") unless written as capitals ("UK", "AP").
        if (k.length <= 2 && !/^[A-Z]{2}$/.test(a)) return false;
        if (!k || seen.has(k) || variantKeys.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    return this.entries;
  }
}

// ------------------------------------------------------------------ sources
interface CountryRec {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
  unMember?: boolean;
}

const COUNTRY_QID_FIX: Record<string, string> = { NLD: 'Q55', DNK: 'Q35' };

const HEAD_WORDS: Record<string, string[]> = {
  president: ['president', 'leader', 'head of state'],
  'prime minister': ['prime minister', 'premier', 'pm'],
  chancellor: ['chancellor', 'leader'],
  monarch: ['monarch'],
  king: ['king', 'monarch'],
  queen: ['queen', 'monarch'],
  emir: ['emir', 'leader'],
  'supreme leader': ['supreme leader', 'leader'],
};

function main(): void {
  const data = dataDir();
  if (!data) {
    console.error('build-kb: ../shared/data not found (set DOSSIER_DATA); nothing built');
    process.exit(1);
  }
  const b = new Builder();
  const qrankPrior = new Map<string, number>();
  const qrankAliases = new Map<string, string[]>();
  const qrankLabel = new Map<string, string>();

  // QRank: popularity prior and English aliases for the 10,000 most-viewed items (CC0).
  {
    const text = readFileSync(join(data, 'wikidata-qrank-top10k-aliases', 'top10000_with_aliases.csv'), 'utf8');
    const recs = csvRecords(text).slice(1);
    for (const [, qid, qrank, label] of recs) {
      if (!qid?.startsWith('Q')) continue;
      const p = Math.min(1, Math.max(0, (Math.log10(Number(qrank) || 1) - 5) / 3.5));
      qrankPrior.set(qid, p);
      if (!qrankLabel.has(qid)) qrankLabel.set(qid, label);
      const list = qrankAliases.get(qid) ?? [];
      if (goodName(label)) list.push(label);
      qrankAliases.set(qid, list);
    }
  }
  const priorOf = (qid: string | undefined, base: number): number =>
    Math.max(base, qid ? (qrankPrior.get(qid) ?? 0) : 0);

  // QRank labels -> QID, for sources without QIDs (first, i.e. most viewed, item of a label).
  const qidByLabel = new Map<string, string>();
  for (const [qid, label] of qrankLabel) if (!qidByLabel.has(normKey(label))) qidByLabel.set(normKey(label), qid);

  // World leaders (CC0): country QIDs and heads of state/government with positions.
  const countryQid = new Map<string, string>();
  const leaders = csvRecords(readFileSync(join(data, 'world-leaders-wikidata', 'wikidata.csv'), 'utf8')).slice(1);
  for (const [cq, country] of leaders) if (cq && country) countryQid.set(normKey(country), cq);

  // Countries (ODbL): names, official names, alternative spellings, demonyms, capitals.
  const countries = JSON.parse(readFileSync(join(data, 'countries', 'countries.json'), 'utf8')) as CountryRec[];
  const demonymOf = new Map<string, string>();
  const countryByName = new Map<string, CountryRec>();
  const capitalOf = new Map<string, string>();
  for (const c of countries) {
    const qid =
      countryQid.get(normKey(c.name.common)) ??
      countryQid.get(normKey(c.name.official)) ??
      (c.altSpellings ?? []).map((a) => countryQid.get(normKey(a))).find(Boolean) ??
      // Territories are not in the leaders list; the most viewed item of their name is them.
      qidByLabel.get(normKey(c.name.common));
    // World leaders lists some states under their kingdoms (Q29999 Kingdom of the Netherlands).
    const id = COUNTRY_QID_FIX[c.cca3] ?? qid ?? `iso:${c.cca3}`;
    const alts = (c.altSpellings ?? []).filter((a) => goodName(a) && a.length > 2 && !/^[A-Z]{2}$/.test(a));
    const isSmall = !c.independent && !c.unMember;
    b.add(
      {
        id,
        name: c.name.common,
        type: 'GPE',
        prior: priorOf(id, isSmall ? 0.45 : 0.8),
        country: c.cca3,
        desc: c.independent ? 'country' : 'territory',
        aliases: uniq([c.name.official, ...alts, ...(qid ? (qrankAliases.get(qid) ?? []) : [])].filter(goodName)),
        variants: [],
        roles: [],
      },
      'countries',
    );
    countryByName.set(normKey(c.name.common), c);
    const dem = c.demonyms?.eng?.m;
    if (dem && goodName(dem)) {
      demonymOf.set(c.cca3, dem);
      const f = c.demonyms?.eng?.f;
      b.add(
        {
          id: `norp:${c.cca3}`,
          name: dem,
          type: 'NORP',
          prior: isSmall ? 0.4 : 0.7,
          country: c.cca3,
          desc: `people of ${c.name.common}`,
          aliases: uniq([f && f !== dem ? f : '', `${dem}s`]).filter(goodName),
          variants: [],
          roles: [],
        },
        'countries',
      );
    }
    for (const cap of c.capital ?? []) capitalOf.set(normKey(cap), c.cca3);
  }

  // World leaders: people with their positions as role descriptions.
  for (const [cq, country, , positionLabel, person, personLabel, start, end] of leaders) {
    if (!person?.startsWith('Q') || !goodName(personLabel)) continue;
    const c = countryByName.get(normKey(country)) ??
      countries.find((x) => countryQid.get(normKey(x.name.common)) === cq);
    const roles: string[] = [];
    const pos = positionLabel.toLowerCase();
    if (!end) {
      roles.push(pos);
      const dem = c ? demonymOf.get(c.cca3)?.toLowerCase() : undefined;
      for (const [head, words] of Object.entries(HEAD_WORDS)) {
        if (pos.startsWith(head) && dem) for (const w of words) roles.push(`${dem} ${w}`);
      }
    }
    b.add(
      {
        id: person,
        name: personLabel,
        type: 'PERSON',
        prior: priorOf(person, 0.5),
        country: c?.cca3,
        desc: `${positionLabel} (${start}${end ? `-${end}` : '-'})`,
        aliases: uniq(qrankAliases.get(person) ?? []),
        variants: [],
        roles,
      },
      'world-leaders-wikidata',
    );
  }

  // International organisations (CC BY-SA 4.0; QIDs CC0).
  {
    const orgs = loadYaml(readFileSync(join(data, 'intl-orgs-supraverden', 'general_list.yaml'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    for (const [key, rec] of Object.entries(orgs)) {
      const qid = typeof rec.Wikidata_code === 'string' && rec.Wikidata_code.startsWith('Q') ? rec.Wikidata_code : undefined;
      const name = typeof rec.Name_en === 'string' ? rec.Name_en : key;
      const names: string[] = [key];
      for (const [f, v] of Object.entries(rec)) {
        if (typeof v !== 'string') continue;
        if (f === 'Abbreviation_en' || /^Name_other(_\d+)?_en$/.test(f)) names.push(v);
      }
      const id = qid ?? `sprvd:${String(rec.SPRVD_id ?? key)}`;
      b.add(
        {
          id,
          name,
          type: 'ORG',
          prior: priorOf(qid, 0.4),
          desc: typeof rec.Type === 'string' ? `international organisation (${rec.Type})` : 'international organisation',
          aliases: uniq([...names, ...(qid ? (qrankAliases.get(qid) ?? []) : [])].filter((n) => goodName(n) && n !== name)),
          variants: [],
          roles: [],
        },
        'intl-orgs-supraverden',
      );
    }
  }

  // GeoNames cities (CC BY 4.0): populous cities and capitals, Latin-script alternate names.
  const cityByGeonames = new Map<string, KbEntry>();
  {
    const cca2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
    const text = gunzipSync(readFileSync(join(data, 'geonames', 'cities15000.txt.gz'))).toString('utf8');
    const labelQid = new Map<string, string>();
    const taken = new Set(b.entries.map((e) => e.id));
    for (const [qid, label] of qrankLabel) if (!taken.has(qid)) labelQid.set(normKey(label), qid);
    const rows = text.split('\n').map((l) => l.split('\t')).filter((r) => r.length >= 15);
    rows.sort((x, y) => Number(y[14]) - Number(x[14]));
    const usedQid = new Set<string>();
    for (const r of rows) {
      const [gid, name, ascii, alt, lat, lon, , fcode, cc] = r;
      const pop = Number(r[14]) || 0;
      const capital = fcode === 'PPLC';
      if (pop < 100000 && !capital && !(fcode === 'PPLA' && pop >= 50000)) continue;
      // A city takes a QRank item of its exact name only when it is the most populous of that name.
      let qid = labelQid.get(normKey(name));
      if (qid && (usedQid.has(qid) || pop < 200000)) qid = undefined;
      if (qid) usedQid.add(qid);
      const alts = (alt ?? '')
        .split(',')
        .filter((a) => goodName(a) && a.length > 2 && !/^[A-Z]{3,4}$/.test(a));
      // Keep the alternate names that differ as keys, the most populous cities keeping more.
      const keep = pop >= 1000000 || capital ? 16 : pop >= 300000 ? 6 : 2;
      const altKeys = new Set([normKey(name), normKey(ascii)]);
      const distinct = alts.filter((a) => {
        const k = normKey(a);
        if (altKeys.has(k)) return false;
        altKeys.add(k);
        return true;
      }).slice(0, keep);
      const cc3 = cca2to3.get(cc) ?? cc;
      const e = b.add(
        {
          id: qid ?? `gn:${gid}`,
          name,
          type: 'GPE',
          prior: Math.max(qid ? priorOf(qid, 0) : 0, Math.min(0.75, Math.log10(Math.max(pop, 10)) / 7 - 0.2 + (capital ? 0.15 : 0))),
          country: cc3,
          desc: `${capital ? 'capital city' : 'city'} in ${cc3} (pop. ${pop}; ${Number(lat).toFixed(2)}, ${Number(lon).toFixed(2)})`,
          aliases: uniq([ascii, ...distinct, ...(qid ? (qrankAliases.get(qid) ?? []) : [])].filter((a) => goodName(a) && a !== name)),
          variants: [],
          roles: [],
        },
        'geonames',
      );
      cityByGeonames.set(gid, e);
    }
  }

  // Curated entries (this repository): what the gazetteers lack, plus variants and roles.
  {
    type Curated = {
      name: string;
      type: KbType;
      qid?: string;
      geonames?: number;
      aliases?: string[];
      variants?: string[];
      roles?: string[];
      country?: string;
      date?: string;
      end?: string;
      desc?: string;
      source: string;
    };
    const curated = loadYaml(readFileSync(join(ROOT, 'data', 'curated-kb.yaml'), 'utf8')) as Curated[];
    for (const c of curated) {
      if (!c.source) throw new Error(`curated entry ${c.name} has no source`);
      const str = (xs?: unknown[]): string[] => (xs ?? []).map(String);
      const gn = c.geonames ? cityByGeonames.get(String(c.geonames)) : undefined;
      const existing = (c.qid ? b.get(c.qid) : undefined) ?? gn;
      const slug = `dossier:${normKey(c.name).replace(/ /g, '-')}`;
      const entry: KbEntry = {
        id: c.qid ?? slug,
        name: c.name,
        type: c.type,
        prior: priorOf(c.qid, 0.55),
        country: c.country,
        desc: c.desc,
        aliases: uniq(str(c.aliases)),
        variants: uniq(str(c.variants)),
        roles: uniq(str(c.roles).map((r) => r.toLowerCase())),
        date: c.date ? String(c.date) : undefined,
        end: c.end ? String(c.end) : undefined,
      };
      if (existing) {
        // The curated name becomes canonical; the source's name stays as an alias.
        if (existing.name !== c.name) existing.aliases.push(existing.name);
        existing.name = c.name;
        existing.type = c.type;
        if (c.desc) existing.desc = c.desc;
        if (c.qid && existing.id !== c.qid) b.rekey(existing, c.qid);
        b.merge(existing, { ...entry, prior: Math.max(entry.prior, 0.55) });
        // Variants named by the curator are no longer plain aliases.
        const vk = new Set(entry.variants.map(normKey));
        existing.aliases = existing.aliases.filter((a) => !vk.has(normKey(a)));
      } else {
        if (c.qid) entry.aliases = uniq([...entry.aliases, ...(qrankAliases.get(c.qid) ?? [])]);
        b.add(entry, 'curated');
      }
    }
  }

  // The rest of QRank: popular items of unknown type, linkable only by exact name.
  {
    const known = new Set(b.entries.map((e) => e.id));
    for (const [qid, label] of qrankLabel) {
      if (known.has(qid) || !goodName(label) || /[:]/.test(label)) continue;
      b.add(
        {
          id: qid,
          name: label,
          type: 'ANY',
          prior: qrankPrior.get(qid) ?? 0.3,
          // Linking trusts an untyped item only by its label or a name of several words.
          aliases: uniq((qrankAliases.get(qid) ?? []).filter((a) => a !== label && a.length > 3 && a.includes(' '))),
          variants: [],
          roles: [],
        },
        'wikidata-qrank-top10k-aliases',
      );
    }
  }

  // A city named like its country or territory (Gibraltar, Hong Kong, Singapore) yields to it:
  // news means the polity far more often.
  {
    const polity = new Map<string, KbEntry>();
    for (const e of b.entries) if (e.type === 'GPE' && (e.desc === 'country' || e.desc === 'territory')) polity.set(`${e.country}:${normKey(e.name)}`, e);
    for (const e of b.entries) {
      const p = e.desc?.includes('city') ? polity.get(`${e.country}:${normKey(e.name)}`) : undefined;
      if (p && e.prior >= p.prior) e.prior = Math.max(0, p.prior - 0.05);
    }
  }

  const entries = b.finish();
  const file: KbFile = {
    format: KB_FORMAT,
    built: new Date().toISOString().slice(0, 10),
    sources: [
      { name: 'countries (mledoze/countries)', licence: 'ODbL-1.0', entries: b.counts.get('countries') ?? 0 },
      { name: 'GeoNames cities15000', licence: 'CC-BY-4.0', entries: b.counts.get('geonames') ?? 0 },
      { name: 'world leaders (Wikidata via EveryPolitician)', licence: 'CC0-1.0', entries: b.counts.get('world-leaders-wikidata') ?? 0 },
      { name: 'SupraVerden international organisations', licence: 'CC-BY-SA-4.0', entries: b.counts.get('intl-orgs-supraverden') ?? 0 },
      { name: 'Wikidata QRank top 10k labels and aliases', licence: 'CC0-1.0', entries: b.counts.get('wikidata-qrank-top10k-aliases') ?? 0 },
      { name: 'dossier curated (data/curated-kb.yaml)', licence: 'MIT', entries: b.counts.get('curated') ?? 0 },
    ],
    rows: entries.map(encodeEntry),
  };
  const out = join(ROOT, 'models', 'kb.json.gz');
  const gz = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  writeFileSync(out, gz);
  console.log(`build-kb: ${entries.length} entries -> ${out} (${(gz.length / 1024).toFixed(0)} KiB)`);
  for (const s of file.sources) console.log(`  ${s.entries.toString().padStart(6)}  ${s.name} [${s.licence}]`);
  packKbFile(out);
}

main();
