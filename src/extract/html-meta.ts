// Page metadata: JSON-LD, OpenGraph and other meta tags, <title>, <h1>, <time>, <html lang>,
// each field from its most trusted source; then checked against the extracted text (refineMeta).
import type { AnyNode, Document, Element } from 'domhandler';
import type { Block, Meta } from '../brief/types.js';
import { emptyMeta } from '../core/doc.js';
import { isoDate, urlDate, writtenDate } from './dates.js';
import { MAX_DEPTH, byTag, classId, isElement, spacedText, textOf } from './html-dom.js';
import { detectLang } from './lang.js';
import { normaliseInline } from './text-builder.js';
import { chooseTitle, isSiteHeading } from './title.js';

export { isoDate } from './dates.js';
export { stripSiteSuffix } from './title.js';

type MetaMap = Map<string, string>;

function metaMap(metas: Element[]): MetaMap {
  const m: MetaMap = new Map();
  for (const e of metas) {
    const keys = (e.attribs.property ?? e.attribs.name ?? e.attribs.itemprop ?? e.attribs['http-equiv'] ?? '').toLowerCase().trim();
    const v = e.attribs.content ?? e.attribs.datetime;
    if (!keys || !v?.trim()) continue;
    // RDFa lets one tag carry several properties ("dc:title og:title").
    for (const key of keys.split(/\s+/).slice(0, 8)) if (!m.has(key)) m.set(key, normaliseInline(v));
  }
  return m;
}

function first(m: MetaMap, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = m.get(k);
    if (v) return v;
  }
  return null;
}

interface LdNode {
  [k: string]: unknown;
}

function jsonLd(scripts: Element[]): LdNode[] {
  const out: LdNode[] = [];
  for (const s of scripts) {
    if ((s.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    const raw = s.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('').trim();
    if (!raw || raw.length > 2_000_000) continue;
    try {
      const data = JSON.parse(raw.replace(/^<!--|-->$/g, ''));
      const stack: unknown[] = [data];
      while (stack.length && out.length < 500) {
        const n = stack.pop();
        if (Array.isArray(n)) stack.push(...n.slice(0, 100));
        else if (n && typeof n === 'object') {
          out.push(n as LdNode);
          const g = (n as LdNode)['@graph'];
          if (g) stack.push(g);
          const main = (n as LdNode).mainEntity;
          if (main && typeof main === 'object') stack.push(main);
        }
      }
    } catch {
      /* a broken JSON-LD block is ignored, as browsers do */
    }
  }
  return out;
}

const ARTICLE_TYPE = /Article|Posting|Report|BlogPosting|NewsArticle|Review|Recipe|HowTo|WebPage|ScholarlyArticle/i;

function ldTypes(n: LdNode): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function ldArticle(nodes: LdNode[]): LdNode | null {
  // An article type proper first; a WebPage only when nothing better is there.
  for (const n of nodes) if (ldTypes(n).some((x) => ARTICLE_TYPE.test(x) && !/WebPage/i.test(x))) return n;
  for (const n of nodes) if (ldTypes(n).some((x) => /WebPage/i.test(x)) && (n.datePublished || n.headline)) return n;
  return null;
}

function ldNames(v: unknown, depth = 0): string[] {
  if (!v || depth > 3) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.slice(0, 20).flatMap((x) => ldNames(x, depth + 1));
  if (typeof v === 'object' && typeof (v as LdNode).name === 'string') return [(v as LdNode).name as string];
  return [];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? normaliseInline(v) : null);

const BYLINE_NAME = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-?name|writtenby|p-author)(?:$|[\s_-])/;
const NOT_BYLINE = /comment|bio|avatar|about|box|image|img|photo|social|follow/;

/** Words of two letters or more that are not a date's: a byline that is only a date ("1 mars 2019 à 15:20") has none. */
function nameWords(t: string): number {
  const rest = writtenDate(t) ? t.replace(/\p{L}*\d[\p{L}\d]*/gu, ' ').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc)\p{L}*/giu, ' ') : t;
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
}

/** A visible byline naming two people ("Ann Lee and Bo Chan", "Alexandre Hervaud et Jérémy Piette"): each name. */
function splitNames(v: string): string[] {
  if (/\d/.test(v)) return [v];
  const parts = v.split(/\s+(?:and|et|und)\s+/i).map((p) => p.trim());
  // Only names: two to four capitalised words each (not "Ann Lee and the newsdesk").
  return parts.length === 2 && parts.every((p) => /^\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*){1,3}$/u.test(p)) ? parts : [v];
}

/** The page's visible byline: the first short element marked as its author (rel, itemprop or class). */
function visibleByline(doc: Document): string | null {
  let found: string | null = null;
  let seen = 0;
  const visit = (n: AnyNode, depth: number): void => {
    if (found || depth > MAX_DEPTH || ++seen > 20000 || !isElement(n)) return;
    if (n.name === 'script' || n.name === 'style' || n.name === 'head' || n.name === 'nav' || n.name === 'footer') return;
    const a = n.attribs;
    const ci = classId(n);
    if ((a.rel === 'author' || /\bauthor\b/i.test(a.itemprop ?? '') || BYLINE_NAME.test(ci)) && !NOT_BYLINE.test(ci)) {
      const t = normaliseInline(textOf(n)).replace(/^(?:by|von|par|por|door|di)\s+/i, '').trim();
      if (t.length >= 3 && t.length <= 100 && nameWords(t) >= 1) {
        // A byline box that also holds the date ("Ann Lee May 20, 2019") gives way to the name marked inside it.
        if (writtenDate(t)) for (const c of n.children) visit(c, depth + 1);
        found ??= t;
        return;
      }
    }
    for (const c of n.children) visit(c, depth + 1);
  };
  for (const c of doc.children) visit(c, 0);
  return found;
}

/** The page's metadata from its head and headings; `pageUrl` (where it was fetched) helps tell the site's name from the title. */
export function htmlMeta(doc: Document, pageUrl?: string): Meta {
  const meta = emptyMeta();
  const heads = byTag(doc, new Set(['meta', 'script', 'title', 'link', 'html', 'h1', 'h2', 'h3', 'time']), 5000);
  const metas = heads.filter((e) => e.name === 'meta');
  const mm = metaMap(metas);
  const ld = jsonLd(heads.filter((e) => e.name === 'script'));
  const art = ldArticle(ld);
  const htmlEl = heads.find((e) => e.name === 'html');
  const publisher = art?.publisher as LdNode | undefined;
  const ldSite = ld.find((n) => ldTypes(n).includes('WebSite'));
  meta.site = first(mm, 'og:site_name', 'application-name', 'twitter:site') ?? str(publisher?.name) ?? str(ldSite?.name);
  if (meta.site && /^@/.test(meta.site)) meta.site = str(publisher?.name) ?? meta.site.slice(1);
  const canonical = heads.find((e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs.rel ?? '') && e.attribs.href);
  meta.url = canonical?.attribs.href ?? first(mm, 'og:url') ?? str(art?.url);
  const titleEl = heads.find((e) => e.name === 'title');
  const h1s = heads.filter((e) => e.name === 'h1' && !isSiteHeading(e)).map((e) => normaliseInline(spacedText(e))).filter((t) => t.length > 2 && t.length < 300);
  const lower = heads.filter((e) => e.name === 'h2' || e.name === 'h3').slice(0, 20).map((e) => normaliseInline(spacedText(e)));
  meta.title = chooseTitle([str(art?.headline), first(mm, 'og:title', 'twitter:title', 'title', 'dc.title', 'dc:title'),
    titleEl ? normaliseInline(textOf(titleEl)) : null], h1s, lower, meta.site,
    /^(?:https?:)?\/\//i.test(meta.url ?? '') ? meta.url : pageUrl);
  meta.subtitle = str(art?.alternativeHeadline) ?? first(mm, 'og:description', 'description', 'twitter:description', 'dc.description');
  // Handles (@name) and URLs are not names: a head that only has those leaves the byline to the page.
  const isName = (a: string) => !/^(?:https?:|@)/.test(a.trim());
  const authors = art ? ldNames(art.author).filter(isName) : [];
  if (!authors.length) {
    const a = ['author', 'article:author', 'byl', 'dc.creator', 'dc:creator', 'parsely-author', 'sailthru.author', 'twitter:creator']
      .map((k) => mm.get(k)).find((v): v is string => !!v && isName(v));
    if (a) authors.push(a.replace(/^by\s+/i, ''));
  }
  if (!authors.length) {
    const v = visibleByline(doc);
    if (v) authors.push(...splitNames(v));
  }
  meta.byline = [...new Set(authors.map((a) => normaliseInline(a)).filter((a) => a && a.length < 100 && !/^(https?:|@)/.test(a)))];
  meta.published = isoDate(str(art?.datePublished) ?? str(art?.dateCreated)) ??
    isoDate(first(mm, 'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
      'publish-date', 'publish_date', 'article.published', 'dc.date.issued', 'dc.date', 'date', 'sailthru.date',
      'parsely-pub-date', 'dcterms.created', 'article:published', 'og:published_time', 'citation_publication_date',
      'release_date', 'created'));
  meta.modified = isoDate(str(art?.dateModified)) ??
    isoDate(first(mm, 'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'last-modified'));
  if (!meta.published) {
    const times = heads.filter((e) => e.name === 'time');
    const pub = times.find((t) => /pub|posted|date/i.test(`${t.attribs.itemprop ?? ''} ${classId(t)} ${'pubdate' in t.attribs ? 'pub' : ''}`)) ?? times[0];
    if (pub) meta.published = isoDate(pub.attribs.datetime) ?? writtenDate(normaliseInline(textOf(pub)));
  }
  const lang = htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang'] ?? first(mm, 'og:locale', 'language', 'content-language', 'dc.language');
  meta.lang = lang ? lang.replace('_', '-').split('-')[0].toLowerCase().trim() || null : null;
  return meta;
}

const DATELINE_WINDOW = 6;

/** Fills what the head did not say from the text itself: a visible dateline, the URL; checks the language. */
export function refineMeta(meta: Meta, text: string, blocks: Block[], _html: string, pageUrl?: string): void {
  if (!meta.published) {
    for (const b of blocks.slice(0, DATELINE_WINDOW)) {
      const t = text.slice(b.start, b.end);
      if (t.length > 120) continue;
      const d = writtenDate(t);
      if (d) {
        meta.published = d;
        break;
      }
    }
  }
  if (!meta.published) meta.published = urlDate(meta.url) ?? urlDate(pageUrl);
  // The first few thousand characters of the body are enough to tell its language.
  let body = '';
  for (const b of blocks) {
    if (body.length >= 8000) break;
    if (b.kind !== 'title') body += text.slice(b.start, b.end) + ' ';
  }
  const detected = detectLang(body);
  if (detected && detected !== meta.lang) meta.lang = detected;
}
