// Builds models/ner-lexicon.bin from ../shared/data: gazetteers (countries and demonyms,
// GeoNames cities, world leaders, international organisations, ANNIE lists) and word classes
// induced from unlabelled news text by bisecting spherical k-means over PPMI-weighted
// left/right context vectors (a cheap stand-in for Brown clusters: cluster paths are binary
// prefixes of the bisection tree). Deterministic; a few minutes on one core.
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir } from '../bench/data-dir.js';
import { parseCsv } from '../bench/csv.js';
import { GAZ_BIT, Lexicon, pathToInt, type GazType } from '../src/entities/tagger/lexicon.js';
import { simpleTokens } from '../src/entities/tagger/simple-tokens.js';
import { parseConll } from '../src/entities/tagger/conll.js';
import { isCapitalised } from '../src/entities/tagger/normalize.js';
import { unlabelledParagraphs } from './unlabelled-text.js';

const VOCAB = 60000;
const MIN_COUNT = 3;
/** Words clustered: frequent enough for their contexts to say something. */
const CLUSTER_MIN = 5;
const CONTEXTS = 500;
const LEAF = 6;
const MAX_DEPTH = 24;

const t0 = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);

const data = dataDir();
if (!data) {
  console.error('build-ner-lexicon: ../shared/data not found (set DOSSIER_DATA); nothing built');
  process.exit(0);
}
const lex = new Lexicon();

// ---------- gazetteers ----------
function addName(name: string | undefined | null, type: GazType): void {
  if (!name) return;
  const n = name.trim();
  if (n.length < 2 || n.length > 80) return;
  lex.addPhrase(simpleTokens(n), GAZ_BIT[type]);
}

function gazetteers(): void {
  const countries = JSON.parse(readFileSync(join(data!, 'countries/countries.json'), 'utf8')) as Array<Record<string, any>>;
  for (const c of countries) {
    addName(c.name?.common, 'COUNTRY');
    addName(c.name?.official, 'COUNTRY');
    for (const a of c.altSpellings ?? []) if (typeof a === 'string' && a.length > 3) addName(a, 'COUNTRY');
    const eng = c.demonyms?.eng;
    if (eng) {
      addName(eng.m, 'DEMONYM');
      addName(eng.f, 'DEMONYM');
    }
    for (const cap of c.capital ?? []) addName(cap, 'CITY');
  }
  const cities = gunzipSync(readFileSync(join(data!, 'geonames/cities15000.txt.gz'))).toString('utf8');
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length < 3) continue;
    addName(f[1], 'CITY');
    if (f[2] !== f[1]) addName(f[2], 'CITY');
  }
  const admin = join(data!, 'geonames/admin1CodesASCII.txt');
  if (existsSync(admin)) for (const line of readFileSync(admin, 'utf8').split('\n')) addName(line.split('\t')[1], 'REGION');
  for (const file of ['wikidata.csv', 'wikipedia.csv']) {
    const p = join(data!, 'world-leaders-wikidata', file);
    if (!existsSync(p)) continue;
    for (const row of parseCsv(readFileSync(p, 'utf8')).slice(1)) {
      const name = row[5];
      if (!name || /^Q\d+$/.test(name)) continue;
      addName(name, 'PER_FULL');
      const parts = simpleTokens(name).filter((t) => /^\p{Lu}/u.test(t) && t.length > 1 && !t.endsWith('.'));
      if (parts.length >= 2) {
        lex.addPhrase([parts[0]], GAZ_BIT.PER_FIRST);
        lex.addPhrase([parts[parts.length - 1]], GAZ_BIT.PER_LAST);
      }
    }
  }
  const orgs = readFileSync(join(data!, 'intl-orgs-supraverden/general_list.yaml'), 'utf8');
  for (const m of orgs.matchAll(/^ {2}(?:Name_en|Abbreviation_en): *(.+)$/gm)) {
    const v = m[1].replace(/^['"]|['"]$/g, '').trim();
    if (v && !v.startsWith('[')) addName(v, 'ORG_INTL');
  }
  for (const m of orgs.matchAll(/^([^\s#][^:\n]*):\s*$/gm)) addName(m[1].replace(/^['"]|['"]$/g, ''), 'ORG_INTL');
  annie();
}

/** ANNIE lists mapped to our gazetteer types by their major:minor type in lists.def. */
function annie(): void {
  const dir = join(data!, 'annie-gazetteers/lists');
  const def = readFileSync(join(dir, 'lists.def'), 'utf8');
  for (const line of def.split('\n')) {
    const [file, major = '', minor = ''] = line.trim().split(':');
    if (!file || !file.endsWith('.lst') || !existsSync(join(dir, file))) continue;
    // 23,000 British villages: more noise than signal for news, and a third of the lexicon.
    if (file === 'city_uk.lst') continue;
    let type: GazType | null = null;
    if (major === 'location') {
      type = minor === 'country' ? 'COUNTRY' : minor === 'city' ? 'CITY' : minor === 'airport' ? 'FACILITY' : 'REGION';
    } else if (major === 'country_adj') type = 'DEMONYM';
    else if (major === 'organization') {
      type = minor === 'company' ? 'ORG_COMPANY' : minor === 'government' ? 'ORG_GOV' : minor === 'blacklist' ? null : 'ORG_OTHER';
    } else if (major === 'person_first') type = 'PER_FIRST';
    else if (major === 'person_full') type = 'PER_FULL';
    else if (major === 'org_key' || major === 'org_base' || major === 'org_pre' || major === 'org_ending') type = 'ORG_KEY';
    else if (major === 'loc_key' || major === 'loc_general_key') type = 'LOC_KEY';
    else if (major === 'title') type = 'TITLE';
    else if (major === 'jobtitle') type = 'JOBTITLE';
    else if (major === 'facility' || major === 'facility_key') type = 'FACILITY';
    else if (major === 'currency_unit') type = 'CURRENCY';
    else if (major === 'date') type = 'DATE';
    if (!type) continue;
    for (const entry of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const name = entry.split('\t')[0].trim();
      if (name && !name.startsWith('#')) addName(name, type);
    }
  }
}


// ---------- unlabelled text ----------
function* sentences(): Generator<string[]> {
  // CoNLL training text (tokens only) as unlabelled in-domain text; dev stays unseen.
  for (const doc of parseConll(readFileSync(join(data!, 'conll2003/train.txt'), 'utf8'))) for (const s of doc.sentences) yield s.tokens;
  for (const p of unlabelledParagraphs(data!)) {
    const toks = simpleTokens(p);
    let start = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if ((t === '.' || t === '!' || t === '?') && i + 1 < toks.length) {
        yield toks.slice(start, i + 1);
        start = i + 1;
      }
    }
    if (start < toks.length) yield toks.slice(start);
  }
}

// ---------- word classes ----------
function induceClasses(): void {
  const counts = new Map<string, number>();
  const lowerForms = new Map<string, Map<string, number>>();
  const midCap = new Map<string, [number, number]>();
  const corpus: string[][] = [];
  let ntok = 0;
  for (const s of sentences()) {
    corpus.push(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      counts.set(w, (counts.get(w) ?? 0) + 1);
      ntok++;
      const lo = w.toLowerCase();
      let forms = lowerForms.get(lo);
      if (!forms) lowerForms.set(lo, (forms = new Map()));
      forms.set(w, (forms.get(w) ?? 0) + 1);
      if (i > 0 && /\p{L}/u.test(w[0])) {
        const c = midCap.get(lo) ?? [0, 0];
        c[isCapitalised(w) ? 1 : 0]++;
        midCap.set(lo, c);
      }
    }
  }
  log(`corpus: ${corpus.length} sentences, ${ntok} tokens, ${counts.size} forms`);

  // Casing and capitalisation buckets per lower-cased word.
  for (const [lo, forms] of lowerForms) {
    let total = 0;
    let best = '';
    let bestN = -1;
    for (const [f, n] of forms) {
      total += n;
      if (n > bestN) {
        best = f;
        bestN = n;
      }
    }
    if (total < MIN_COUNT || !/\p{L}/u.test(lo)) continue;
    const [low, cap] = midCap.get(lo) ?? [0, 0];
    const r = low + cap ? cap / (low + cap) : 0.5;
    lex.setCasing(lo, best, r < 0.1 ? 0 : r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4);
  }
  log(`casing: ${lex.casingSize} words`);

  const vocab = [...counts].filter(([, n]) => n >= CLUSTER_MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, VOCAB).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  // Context words: the most frequent lower-cased forms, plus sentence boundaries.
  const ctxCounts = new Map<string, number>();
  for (const [w, n] of counts) ctxCounts.set(w.toLowerCase(), (ctxCounts.get(w.toLowerCase()) ?? 0) + n);
  const ctxWords = [...ctxCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXTS - 1).map(([w]) => w);
  const cid = new Map(ctxWords.map((w, i) => [w, i + 1]));
  const D = CONTEXTS * 2;
  const V = vocab.length;
  const mat = new Float32Array(V * D);
  for (const s of corpus) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]);
      if (v === undefined) continue;
      const left = i > 0 ? cid.get(s[i - 1].toLowerCase()) : 0;
      const right = i + 1 < s.length ? cid.get(s[i + 1].toLowerCase()) : 0;
      if (left !== undefined) mat[v * D + left]++;
      if (right !== undefined) mat[v * D + CONTEXTS + right]++;
    }
  }
  corpus.length = 0;
  // PPMI weighting, then rows to unit length; kept sparse (CSR) for the k-means.
  const colSum = new Float64Array(D);
  const rowSum = new Float64Array(V);
  let total = 0;
  for (let v = 0; v < V; v++) {
    for (let d = 0; d < D; d++) {
      const x = mat[v * D + d];
      colSum[d] += x;
      rowSum[v] += x;
      total += x;
    }
  }
  const rowPtr = new Int32Array(V + 1);
  const colIdx: number[] = [];
  const vals: number[] = [];
  for (let v = 0; v < V; v++) {
    let norm = 0;
    const start = colIdx.length;
    for (let d = 0; d < D; d++) {
      const x = mat[v * D + d];
      if (!x) continue;
      // Context distribution smoothing (colSum^0.75) as in Levy et al.
      const pmi = Math.log((x * total) / (rowSum[v] * Math.pow(colSum[d], 0.75) * Math.pow(total, 0.25)));
      if (pmi <= 0) continue;
      colIdx.push(d);
      vals.push(pmi);
      norm += pmi * pmi;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = start; k < vals.length; k++) vals[k] /= norm;
    rowPtr[v + 1] = colIdx.length;
  }
  const cols = Int32Array.from(colIdx);
  const vv = Float32Array.from(vals);
  log(`context vectors: ${V} words x ${D} contexts, ${cols.length} non-zeros`);

  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const dot = (v: number, c: Float32Array) => {
    let s = 0;
    for (let k = rowPtr[v]; k < rowPtr[v + 1]; k++) s += vv[k] * c[cols[k]];
    return s;
  };
  const paths = new Array<string>(V).fill('');
  const stack: Array<{ members: Int32Array; path: string }> = [{ members: Int32Array.from({ length: V }, (_, i) => i), path: '' }];
  const ca = new Float32Array(D);
  const cb = new Float32Array(D);
  while (stack.length) {
    const { members, path } = stack.pop()!;
    for (const m of members) paths[m] = path;
    if (members.length <= LEAF || path.length >= MAX_DEPTH) continue;
    // Seeds: two random members; a split that leaves under a tenth on one side is retried
    // (up to 4 times) so that outliers do not make the tree a long unbalanced chain.
    let side = new Uint8Array(members.length);
    for (let attempt = 0; attempt < 4; attempt++) {
      const a = members[Math.floor(rand() * members.length)];
      let b = members[Math.floor(rand() * members.length)];
      if (b === a) b = members[(members.indexOf(a) + 1) % members.length];
      ca.fill(0);
      cb.fill(0);
      for (let k = rowPtr[a]; k < rowPtr[a + 1]; k++) ca[cols[k]] = vv[k];
      for (let k = rowPtr[b]; k < rowPtr[b + 1]; k++) cb[cols[k]] = vv[k];
      side = new Uint8Array(members.length);
      for (let iter = 0; iter < 8; iter++) {
        let changed = 0;
        for (let j = 0; j < members.length; j++) {
          const da = dot(members[j], ca);
          const db = dot(members[j], cb);
          const s = da > db || (da === db && (j & 1) === 0) ? 0 : 1;
          if (s !== side[j]) changed++;
          side[j] = s;
        }
        ca.fill(0);
        cb.fill(0);
        for (let j = 0; j < members.length; j++) {
          const c = side[j] ? cb : ca;
          const m = members[j];
          for (let k = rowPtr[m]; k < rowPtr[m + 1]; k++) c[cols[k]] += vv[k];
        }
        for (const c of [ca, cb]) {
          let n = 0;
          for (let d = 0; d < D; d++) n += c[d] * c[d];
          n = Math.sqrt(n) || 1;
          for (let d = 0; d < D; d++) c[d] /= n;
        }
        if (iter > 0 && changed === 0) break;
      }
      let ones = 0;
      for (const x of side) ones += x;
      const frac = ones / members.length;
      if (frac >= 0.1 && frac <= 0.9) break;
    }
    const left = members.filter((_, j) => side[j] === 0);
    const right = members.filter((_, j) => side[j] === 1);
    if (!left.length || !right.length) continue;
    stack.push({ members: right, path: path + '1' });
    stack.push({ members: left, path: path + '0' });
  }
  for (let v = 0; v < V; v++) lex.classes.set(vocab[v], pathToInt(paths[v]));
  log(`clusters: ${new Set(paths).size} leaves over ${V} words`);
}

gazetteers();
log(`gazetteer: ${lex.gazetteer.size} phrases`);
induceClasses();
mkdirSync('models', { recursive: true });
const buf = lex.serialize();
writeFileSync('models/ner-lexicon.bin', buf);
log(`wrote models/ner-lexicon.bin (${(buf.length / 1e6).toFixed(2)} MB)`);
