// The document creation time (DCT): stated in the metadata, given on the command line, or
// estimated from the latest full date the text names (and then marked as an estimate).
import type { Meta } from '../brief/types.js';
import { formatYmd, parseYmd, type Ymd } from './calendar.js';
import { recognise } from './recognise.js';

export interface DctChoice {
  dct: Ymd | null;
  source: 'meta' | 'ctx' | 'estimate' | 'none';
}

/** The latest day-precision date the text states outright (no reckoning needed). */
export function latestStatedDate(text: string, dayFirst = false): Ymd | null {
  let best: Ymd | null = null;
  for (const t of recognise(text, { dct: null, dayFirst })) {
    if (t.anchor !== 'absolute') continue;
    const d = parseYmd(t.value);
    if (!d || !/^\d{4}-\d\d-\d\d$/.test(t.value)) continue;
    if (!best || t.value > formatYmd(best)) best = d;
  }
  return best;
}

/** A stated date in ISO form, or in words ("July 13, 2024", "13 July 2024 10:00"). */
export function parseStatedDate(s: string | null | undefined, dayFirst = false): Ymd | null {
  if (!s) return null;
  const iso = parseYmd(s);
  if (iso) return iso;
  const t = recognise(s.slice(0, 200), { dct: null, dayFirst }).find((x) => x.anchor === 'absolute' && /^\d{4}-\d\d-\d\d/.test(x.value));
  return t ? parseYmd(t.value) : null;
}

export function chooseDct(meta: Meta, text: string, ctxDate: string | undefined, dayFirst: boolean): DctChoice {
  const fromMeta = parseStatedDate(meta.published, dayFirst);
  if (fromMeta && !meta.publishedEstimated) return { dct: fromMeta, source: 'meta' };
  const fromCtx = parseYmd(ctxDate);
  if (fromCtx) return { dct: fromCtx, source: 'ctx' };
  if (fromMeta) return { dct: fromMeta, source: 'meta' };
  const est = latestStatedDate(text, dayFirst);
  return est ? { dct: est, source: 'estimate' } : { dct: null, source: 'none' };
}

const DAY_FIRST_TLDS = /\.(?:uk|ie|au|nz|in|za|eu|de|fr|it|es|pt|nl|be|ch|at|pl|cz|sk|hu|ro|bg|gr|dk|se|no|fi|ee|lv|lt|ua|by|ru|tr|il|br|ar|mx|ng|ke|pk|sg|my|id|ph|hk)$/i;

/** 03/04/2024 reads day first everywhere but in the US: from the page's language, else its site. */
export function readsDayFirst(meta: Meta): boolean {
  const lang = meta.lang?.toLowerCase().replace('_', '-') ?? '';
  if (/^en-us\b/.test(lang)) return false;
  if (lang && !/^en$/.test(lang)) return true;
  const host = hostOf(meta.site) ?? hostOf(meta.url);
  return !!host && DAY_FIRST_TLDS.test(host);
}

function hostOf(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(s.trim());
  return m ? m[1] : null;
}
