// Our whole pipeline against compromise (people, places, organisations, dates, numbers) and
// wink-nlp's full English pipeline, on the same texts, one core. Prints throughput and the ratio.
// Usage: npm run bench:compare [-- --corpus DIR] [--limit N]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeExtracted, analyzeExtractedBatch, CORPUS_BATCH } from '../src/analyze.js';
import { extractRaw } from '../src/extract/index.js';
import { prepareBytes } from '../src/extract/read.js';
import { corpusFiles } from './corpus-files.js';
import { requireData } from './data-dir.js';

/** The comparison table (markdown lines) over the given files. */
export function compareTable(files: string[], dir: string): string[] {
  const extracted = files.map((f) => extractRaw({ name: f, bytes: prepareBytes(f, readFileSync(f)), hint: /\.html?(\.gz)?$/.test(f) ? 'html' : 'text' }));
  const words = extracted.reduce((a, e) => a + (e.text.match(/\S+/g)?.length ?? 0), 0);

  function measure(name: string, fn: (text: string, i: number) => void): { name: string; ms: number } {
    for (let i = 0; i < Math.min(10, extracted.length); i++) fn(extracted[i].text, i); // warm up
    const t0 = performance.now();
    extracted.forEach((e, i) => fn(e.text, i));
    return { name, ms: performance.now() - t0 };
  }

  const ours = measure('dossier, one document at a time (full pipeline, from clean text)', (_t, i) => {
    analyzeExtracted(structuredClone(extracted[i]));
  });
  // In batches as ingest goes: each call on the batch's first text does the whole batch.
  // It runs second, over texts the first run has seen: its word caches are warm (the main
  // table of npm run bench compares the two fairly, each in a fresh worker).
  const batched = measure(`dossier, batches of ${CORPUS_BATCH} (full pipeline, from clean text)`, (_t, i) => {
    if (i % CORPUS_BATCH === 0) analyzeExtractedBatch(extracted.slice(i, i + CORPUS_BATCH).map((ex) => ({ ex: structuredClone(ex) })));
  });
  const comp = measure('compromise (people, places, orgs, dates, numbers)', (t) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    // dates need the compromise-dates plugin; the core has no date parser, so numbers and values stand in
    doc.numbers().out('array');
    doc.match('#Date').out('array');
  });
  const wink = winkNLP(model);
  const its = wink.its;
  const wk = measure('wink-nlp (full lite-web pipeline: tokens, sentences, POS, entities)', (t) => {
    const doc = wink.readDoc(t);
    doc.entities().out(its.detail);
    doc.tokens().out(its.pos);
    doc.sentences().out();
  });

  const out = [`${extracted.length} articles, ${words} words, from ${dir}, one core\n`, '| system | docs/s | words/s | dossier (one at a time / batches) is faster by |', '| --- | ---: | ---: | ---: |'];
  for (const r of [batched, ours, comp, wk]) {
    const docsPerS = extracted.length / (r.ms / 1000);
    const by = r === ours || r === batched ? '' : `${(r.ms / ours.ms).toFixed(2)}× / ${(r.ms / batched.ms).toFixed(2)}×`;
    out.push(`| ${r.name} | ${docsPerS.toFixed(0)} | ${(words / (r.ms / 1000)).toFixed(0)} | ${by} |`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, limit: { type: 'string', default: '500' } } });
  const dir = values.corpus ?? requireData('bbc-news');
  for (const line of compareTable(corpusFiles(dir, Number(values.limit)), dir)) console.log(line);
}
