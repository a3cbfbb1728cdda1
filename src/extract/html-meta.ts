// Page metadata from <head>: JSON-LD, OpenGraph and other meta tags, <title>, <html lang>.
import type { Document, Element } from 'domhandler';
import * as du from 'domutils';
import type { Meta } from '../brief/types.js';
import { emptyMeta } from '../core/doc.js';
import { normaliseInline } from './text-builder.js';

function metaContent(doc: Document, ...keys: string[]): string | null {
  const metas = du.getElementsByTagName('meta', doc, true);
  for (const key of keys) {
    for (const m of metas) {
      const name = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
      if (name === key && m.attribs.content?.trim()) return normaliseInline(m.attribs.content);
    }
  }
  return null;
}

/** Normalises a date string to ISO 8601 (a date, or date-time with its offset); null if unparseable. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  if (m) {
    if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
    const tz = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${tz}`;
  }
  const d = new Date(t);
  if (!Number.isNaN(d.getTime()) && /\d{4}/.test(t)) return d.toISOString().slice(0, 10);
  return null;
}

interface LdNode {
  [k: string]: unknown;
}

function jsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const s of du.getElementsByTagName('script', doc, true)) {
    if ((s.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      const data = JSON.parse(du.textContent(s));
      const stack: unknown[] = [data];
      while (stack.length && out.length < 200) {
        const n = stack.pop();
        if (Array.isArray(n)) stack.push(...n);
        else if (n && typeof n === 'object') {
          out.push(n as LdNode);
          const g = (n as LdNode)['@graph'];
          if (g) stack.push(g);
        }
      }
    } catch {
      /* a broken JSON-LD block is ignored, as browsers do */
    }
  }
  return out;
}

function ldArticle(nodes: LdNode[]): LdNode | null {
  for (const n of nodes) {
    const t = n['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && /Article|Posting|Report|BlogPosting/i.test(x))) return n;
  }
  return null;
}

function ldNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (typeof v === 'object' && typeof (v as LdNode).name === 'string') return [(v as LdNode).name as string];
  return [];
}

export function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const s = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== s && !s.includes(p.toLowerCase()));
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known site name, drop a short last part (a site name is usually short).
  const last = parts[parts.length - 1];
  if (last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').length > 15) return parts.slice(0, -1).join(' - ');
  return title;
}

export function htmlMeta(doc: Document): Meta {
  const meta = emptyMeta();
  const ld = jsonLd(doc);
  const art = ldArticle(ld);
  const htmlEl = du.findOne((e: Element) => e.name === 'html', doc.children, true);
  meta.site = metaContent(doc, 'og:site_name', 'application-name') ??
    (typeof (art?.publisher as LdNode | undefined)?.name === 'string' ? ((art!.publisher as LdNode).name as string) : null);
  const titleEl = du.findOne((e: Element) => e.name === 'title', doc.children, true);
  const rawTitle = (art && typeof art.headline === 'string' ? art.headline : null) ??
    metaContent(doc, 'og:title', 'twitter:title') ?? (titleEl ? normaliseInline(du.textContent(titleEl)) : null);
  meta.title = rawTitle ? stripSiteSuffix(normaliseInline(rawTitle), meta.site) : null;
  meta.subtitle = metaContent(doc, 'og:description', 'description', 'twitter:description');
  const authors = art ? ldNames(art.author) : [];
  if (!authors.length) {
    const a = metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
    if (a && !/^https?:/.test(a)) authors.push(a.replace(/^by\s+/i, ''));
  }
  meta.byline = [...new Set(authors.map((a) => normaliseInline(a)).filter(Boolean))];
  meta.published = isoDate((art?.datePublished as string | undefined) ?? null) ??
    isoDate(metaContent(doc, 'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate',
      'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'));
  meta.modified = isoDate((art?.dateModified as string | undefined) ?? null) ??
    isoDate(metaContent(doc, 'article:modified_time', 'og:updated_time', 'datemodified'));
  if (!meta.published) {
    const time = du.findOne((e: Element) => e.name === 'time' && !!e.attribs.datetime, doc.children, true);
    meta.published = isoDate(time?.attribs.datetime);
  }
  const lang = htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang'] ?? metaContent(doc, 'og:locale', 'language', 'content-language');
  meta.lang = lang ? lang.replace('_', '-').split('-')[0].toLowerCase() : null;
  const canonical = du.findOne((e: Element) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase() === 'canonical', doc.children, true);
  meta.url = canonical?.attribs.href ?? metaContent(doc, 'og:url');
  return meta;
}
