// The unlabelled news text in ../shared/data, paragraph by paragraph in a fixed order: Wikinews
// (2022 extract and 2019-2020 scrape), the BBC articles, the Ukrainian official addresses and
// the WCXB articles' main text. The lexicon's word classes and casing counts and the training
// copies' head-noun weights are read from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../bench/csv.js';

/** Paragraphs of unlabelled news text (short ones skipped), deterministic order. */
export function* unlabelledParagraphs(data: string): Generator<string> {
  const wn = join(data, 'wikinews-en-extract-2022/enwikinews-extracted.jsonl.gz');
  if (existsSync(wn)) {
    for (const line of gunzipSync(readFileSync(wn)).toString('utf8').split('\n')) {
      if (!line) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      const clean = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      for (const p of clean.split('\n')) if (p.length > 40) yield p;
    }
  }
  const wn2 = join(data, 'wikinews-en-2019-2020-scraped');
  for (const f of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
    if (!existsSync(join(wn2, f))) continue;
    for (const row of parseCsv(readFileSync(join(wn2, f), 'utf8')).slice(1)) for (const p of (row[3] ?? '').split('\n')) if (p.length > 40) yield p;
  }
  const bbc = join(data, 'bbc-news');
  if (existsSync(bbc)) {
    for (const cat of readdirSync(bbc).sort()) {
      const d = join(bbc, cat);
      if (!/^[a-z]+$/.test(cat)) continue;
      for (const f of readdirSync(d).sort()) for (const p of readFileSync(join(d, f), 'latin1').split('\n')) if (p.length > 20) yield p;
    }
  }
  const ua = join(data, 'ua-official-addresses-2022/addresses-en.jsonl');
  if (existsSync(ua)) {
    for (const line of readFileSync(ua, 'utf8').split('\n')) {
      if (!line) continue;
      for (const p of ((JSON.parse(line) as { text?: string }).text ?? '').split('\n')) if (p.length > 40) yield p;
    }
  }
  const wc = join(data, 'wcxb-dev-articles/ground-truth');
  if (existsSync(wc)) {
    for (const f of readdirSync(wc).sort()) {
      if (!f.endsWith('.json')) continue;
      const j = JSON.parse(readFileSync(join(wc, f), 'utf8')) as { ground_truth?: { main_content?: string } };
      for (const p of (j.ground_truth?.main_content ?? '').split('\n')) if (p.length > 40) yield p;
    }
  }
}
