// Builds samples/corpus.jsonl.gz, the sample corpus bundled for demos (`dossier ingest
// samples/corpus.jsonl.gz`): the CC0 statements of Ukrainian officials, 2022, that have a
// real text (not just a title), and the reference article. One {url, title, text, date} per line.
//
//   npx tsx scripts/build-sample-corpus.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataDir } from '../bench/data-dir.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'samples', 'corpus.jsonl.gz');
const MIN_TEXT = 300;

interface Address { id: string; name: string; date: string; text: string; url?: string }

const data = dataDir();
const addresses = data ? join(data, 'ua-official-addresses-2022', 'addresses-en.jsonl') : null;
if (!addresses || !existsSync(addresses)) {
  console.log('skipped: ua-official-addresses-2022 not found (set DOSSIER_DATA to the shared data folder)');
  process.exit(0);
}

const records: { url: string | null; title: string | null; text: string; date: string | null }[] = [];
const seen = new Set<string>();
for (const line of readFileSync(addresses, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as Address;
  const text = a.text.replace(/\r\n?/g, '\n').trim();
  if (text.length < MIN_TEXT || text === a.name.trim() || seen.has(text)) continue;
  seen.add(text);
  records.push({ url: a.url ?? `https://www.youtube.com/watch?v=${a.id}`, title: a.name.trim(), text, date: a.date.slice(0, 10) });
}

// The reference article, as committed in samples/articles: its first real line is the title.
const ref = join(ROOT, 'samples', 'articles', 'belarus-deescalation.txt');
if (existsSync(ref)) {
  const lines = readFileSync(ref, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim().length > 20);
  const title = lines[start].replace(/\s*[–-]\s*$/, '').trim();
  records.push({ url: null, title, text: lines.slice(start + 1).join('\n').trim(), date: null });
}

records.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(OUT, gzipSync(jsonl, { level: 9 }));
console.log(`wrote ${OUT}: ${records.length} articles, ${(jsonl.length / 1024).toFixed(0)} KB of JSON Lines, ${(gzipSync(jsonl, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
