// HTML to clean text. The page is walked once into raw blocks (html-blocks.ts); each block is
// weighed as article-like (long, sentence-shaped, few links) or not; the article root is the
// element that holds the most article-like text net of the rest; its blocks are then filtered
// (link-heavy lists, chrome lines, byline and date lines, a heading repeating the title).
import { parseHtml } from './html-parse.js';
import { capDepth } from './cap-depth.js';
import type { Element } from 'domhandler';
import type { Block } from '../brief/types.js';
import { tieMarkers } from './footnotes.js';
import { collectBlocks, type RawBlock } from './html-blocks.js';
import { groupLinkDensity } from './group-links.js';
import { htmlMeta, refineMeta } from './html-meta.js';
import { isChromeLine } from './chrome-lines.js';
import { isOverlay } from './html-prune.js';
import { writtenDate } from './dates.js';
import { settleDates, type Dateline } from './published-date.js';
import { completeStandfirst } from './standfirst.js';
import { hasMojibake, repairMojibakeRuns } from './decode.js';
import { blockFeatures } from './block-features.js';
import { FILTER_KEEP_MIN, KEPT_KINDS, blockScore, loadBlockModel, type BlockModel } from './block-model.js';
import { TextBuilder, normaliseInline } from './text-builder.js';
import type { Extracted } from './types.js';

/** Weight of non-article text against article text when choosing the root. */
const BAD_WEIGHT = 0.8;
/** A furniture-named element holding more than this share of the article-like text is kept. */
const FURNITURE_GUARD = 0.55;

export interface Weighed {
  raw: RawBlock;
  text: string;
  good: number;
  bad: number;
  /** Link density as the rules judge it: the block's own, or its list's if lower (group-links.ts). */
  ld: number;
  /** The block's own link density (a feature of the learned filter). */
  ownLd: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Chinese, Japanese and Korean say in one character what alphabets say in about three. */
const cjkScale = (text: string) => (CJK.test(text) ? 3 : 1);

/** Length of a block's text as weighed (see cjkScale). */
const weighedLen = (text: string) => text.length * cjkScale(text);

/** Length of a block's linked text, weighed like its text so that a link density stays a share of it. */
const weighedLinkLen = (raw: RawBlock, text: string) => raw.linkLen * cjkScale(text);

function weigh(raw: RawBlock, text: string, groupLd: number | undefined): Weighed {
  const t = weighedLen(text);
  // A linked item of a list that is mostly text is judged by its list (group-links.ts).
  const own = t ? Math.min(1, weighedLinkLen(raw, text) / t) : 1;
  const ld = groupLd === undefined ? own : Math.min(own, groupLd);
  let good = 0;
  let bad = 0;
  if (ld >= 0.5) bad = t;
  else if (raw.kind === 'heading') good = t * 0.5;
  else if (t >= 80 || (t >= 30 && /[.!?…:;。！？]["”’)」]?(\s|$)/u.test(text))) good = t * (1 - ld);
  else bad = t * 0.5;
  return { raw, text, good, bad, ld, ownLd: own };
}

function isFurniture(w: Weighed, kept: Set<Element>): boolean {
  if (!w.raw.furn) return false;
  return w.raw.furn.some((f) => !kept.has(f));
}

/** A furniture-named element holding this share of all the page's text is a layout wrapper ("flex-wrap-footer"). */
const WRAPPER_SHARE = 0.85;

/** Furniture-named elements that hold most of the article-like text are not furniture after all. */
function misnamed(ws: Weighed[]): Set<Element> {
  let total = 0;
  let all = 0;
  const under = new Map<Element, number>();
  const underAll = new Map<Element, number>();
  for (const w of ws) {
    total += w.good;
    all += w.good + w.bad;
    if (w.raw.furn) {
      for (const f of w.raw.furn) {
        under.set(f, (under.get(f) ?? 0) + w.good);
        underAll.set(f, (underAll.get(f) ?? 0) + w.good + w.bad);
      }
    }
  }
  // An article cut into sections that share a furniture-sounding class ("content-nav-section") is
  // weighed as one: the sections of one name together hold the text.
  const byName = new Map<string, number>();
  const nameOf = (f: Element) => `${f.name} ${f.attribs.class ?? ''}`;
  for (const [f, g] of under) if (f.attribs.class) byName.set(nameOf(f), (byName.get(nameOf(f)) ?? 0) + g);
  const kept = new Set<Element>();
  for (const [f, own] of under) {
    const g = f.attribs.class ? Math.max(own, byName.get(nameOf(f)) ?? 0) : own;
    // A wrapper around nearly the whole page is layout, whatever its class says.
    if (own > 0 && (underAll.get(f) ?? 0) >= all * WRAPPER_SHARE && f.name !== 'aside' && f.name !== 'footer') {
      kept.add(f);
      continue;
    }
    // Only a long text can be the article; a footer element is a footer whatever it holds; an overlay
    // (a gallery or lightbox over the page) is the article only when it wraps nearly all of the page, as above.
    if (g > total * FURNITURE_GUARD && !isOverlay(f) && f.name !== 'footer' && f.name !== 'form' &&
      !/comment|disqus|repl|footer/i.test(`${f.attribs.class ?? ''} ${f.attribs.id ?? ''}`)) kept.add(f);
  }
  return kept;
}

const SEMANTIC_BODY = /(?:article|entry|post|story|main|blog)[-_]?(?:body|content|text)|articlebody/i;

/** The element holding the most article-like text net of the rest. */
function chooseRoot(ws: Weighed[]): Element | null {
  const good = new Map<Element, number>();
  const bad = new Map<Element, number>();
  for (const w of ws) {
    let e: Element | null = w.raw.el;
    let guard = 0;
    while (e && e.type === 'tag' && guard++ < 500) {
      good.set(e, (good.get(e) ?? 0) + w.good);
      bad.set(e, (bad.get(e) ?? 0) + w.bad);
      e = e.parent as Element | null;
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  let bestDepth = -1;
  for (const [e, g] of good) {
    if (g <= 0) continue;
    let s = g - BAD_WEIGHT * (bad.get(e) ?? 0);
    if (e.name === 'article' || e.attribs.itemprop === 'articleBody' || SEMANTIC_BODY.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`)) s *= 1.05;
    const d = depthOf(e);
    if (s > bestScore || (s === bestScore && d > bestDepth)) {
      best = e;
      bestScore = s;
      bestDepth = d;
    }
  }
  return best;
}

/** Parts of a table or a list: a root that is one is part of the article, never all of it. */
const PART_OF_ARTICLE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl']);

/** A root that is a table or a list is widened to the element holding it (with the article's intro and other parts). */
function widenRoot(root: Element | null): Element | null {
  let e = root;
  for (let i = 0; e && i < 6 && PART_OF_ARTICLE.has(e.name); i++) {
    const p = e.parent as Element | null;
    if (!p || p.type !== 'tag' || p.name === 'body' || p.name === 'html') break;
    e = p;
  }
  return e;
}

function depthOf(e: Element): number {
  let d = 0;
  for (let p = e.parent; p && d < 1000; p = p.parent) d++;
  return d;
}

function within(w: Weighed, root: Element): boolean {
  const s = root.startIndex ?? 0;
  const e = (root.endIndex ?? 0) + 1;
  return w.raw.start >= s && w.raw.end <= e;
}

const BYLINE = /^(?:by|written by|posted by|words by|author:?|reported by|von|par|por)\s+\p{Lu}/iu;
const DATE_ONLY = /^(?:(?:published|updated|posted|last updated|modified)(?: on)?:?\s*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/iu;

const simKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
let lastTitle = '';
let lastTitleKey = '';

function similar(a: string, b: string): boolean {
  // A block far longer than the title cannot repeat it.
  if (a.length > b.length * 1.5 + 20) return false;
  const na = simKey(a);
  if (b !== lastTitle) {
    lastTitle = b;
    lastTitleKey = simKey(b);
  }
  const nb = lastTitleKey;
  // The block repeats the title, or is a shortened form of it; a paragraph that merely starts with it is kept.
  return na === nb || (na.length > 20 && na.length <= nb.length * 1.1 && (nb.startsWith(na) || na.startsWith(nb)));
}

/** Short lines of boilerplate that sit inside articles: affiliate disclosures, newsletter calls, copyright. */
const BOILERPLATE = /\b(?:(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)|as an amazon associate|(?:chosen|selected|reviewed) independently by our editors|is (?:reader-)?supported by (?:commissions|our readers)|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletter|join (?:our|the) (?:mailing list|newsletter)|delivered (?:straight )?to your inbox|all rights reserved)\b/i;

/** Drops blocks inside the article that are not its text. */
function keepBlock(w: Weighed, title: string | null, authors: string[]): boolean {
  const t = w.text;
  if (w.ld > 0.5 && w.raw.kind !== 'footnote') return false;
  if (t.length < 60 && isChromeLine(t)) return false;
  if (t.length < 250 && BOILERPLATE.test(t)) return false;
  if (t.length < 120 && (BYLINE.test(t) || DATE_ONLY.test(t))) return false;
  if (t.length < 80 && authors.some((a) => a.length > 3 && t.includes(a)) && /\d{4}|\bby\b/i.test(t)) return false;
  if (title && (w.raw.kind === 'heading' || w.raw.kind === 'paragraph') && similar(t, title)) return false;
  return true;
}

/** Short lines that open a section of page furniture after the article ("About the author", "Related posts"). */
const SECTION_END = /^(?:about the authors?|about us|related(?: (?:posts?|articles?|stories|content|reading|news|topics))?|recommended(?: for you| reading| articles| posts)?|you (?:may|might) (?:also )?(?:like|enjoy)|more (?:in|from|on|to discover|stories|articles|news|posts)\b.*|(?:other|similar) (?:related )?(?:articles|posts|stories)\W*|recent (?:posts|articles)|read (?:more|next|this next)|popular (?:posts|articles|now)|(?:latest|top) (?:posts|news|articles|stories)|comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|share (?:this|on)\b.*|subscribe\b.*|sign up\b.*|get (?:our|the) newsletter.*|newsletters?|tags?|filed under|topics|categories|keep reading|trending(?: now)?|most (?:popular|read))\W*$/i;

/** True for a block in a table's cell: a "Comment" or "Tags" there heads a column, not a section of furniture. */
function inTableCell(w: Weighed): boolean {
  let e: Element | null = w.raw.el;
  for (let i = 0; i < 4 && e && e.type === 'tag'; i++, e = e.parent as Element | null) {
    if (e.name === 'td' || e.name === 'th' || e.name === 'tr') return true;
  }
  return false;
}

/** Cuts the article at a furniture section heading in its last part. */
function cutFurnitureSections(ws: Weighed[]): Weighed[] {
  const from = Math.floor(ws.length * 0.5);
  for (let i = Math.max(1, from); i < ws.length; i++) {
    const w = ws[i];
    if (w.text.length < 60 && w.raw.kind !== 'list-item' && w.raw.kind !== 'footnote' && SECTION_END.test(w.text) && !inTableCell(w)) {
      ws = ws.slice(0, i);
      break;
    }
  }
  return ws;
}

/** Cuts an author's bio at the foot of the article ("Ann Lee is a writer who..."). */
function cutAuthorBio(ws: Weighed[], authors: string[]): Weighed[] {
  const names = authors.filter((a) => a.length > 3);
  let end = ws.length;
  while (end > 1 && end > ws.length - 3 && names.some((a) => ws[end - 1].text.startsWith(a + ' ') &&
    /^\S+(?: \S+){0,3} (?:is|was|has|writes|covers|joined)\b/.test(ws[end - 1].text.slice(0, a.length + 12)))) end--;
  return ws.slice(0, end);
}

/** Drops short furniture at the foot of the article (a "Related" heading whose list is gone, tags). */
function trimTail(ws: Weighed[]): Weighed[] {
  let end = ws.length;
  while (end > 0) {
    const w = ws[end - 1];
    if (w.raw.kind === 'footnote') break;
    if (w.raw.kind === 'heading' || (w.text.length < 40 && !/[.!?]["”’)]?$/u.test(w.text))) end--;
    else break;
  }
  return end > 0 ? ws.slice(0, end) : ws;
}

/** The page's blocks and the article's candidate blocks, before the learned block filter. */
export interface Candidates {
  meta: ReturnType<typeof htmlMeta>;
  /** Every block of the page. */
  ws: Weighed[];
  root: Element | null;
  /** The blocks the rules keep as the article, in document order. */
  blocks: Weighed[];
}

/** Parses a page and picks the article's blocks by rule (root, furniture, chrome lines, tail cuts). */
export function candidateBlocks(html: string, pageUrl?: string): Candidates {
  const doc = parseHtml(capDepth(html));
  const meta = htmlMeta(doc, pageUrl);
  // The whole document is walked, not just <body>: broken pages close </body> early and go on after it.
  const raws = collectBlocks(doc);
  const texts = raws.map((r) => normaliseInline(r.text, r.kind === 'preformatted'));
  const groupLd = groupLinkDensity(raws, texts.map(weighedLen), raws.map((r, i) => weighedLinkLen(r, texts[i])));
  const ws = raws.map((r, i) => weigh(r, texts[i], groupLd.get(r)));
  const keptFurn = misnamed(ws);
  const clean = ws.filter((w) => !isFurniture(w, keptFurn));
  const root = widenRoot(chooseRoot(clean));
  let inRoot = root ? clean.filter((w) => within(w, root)) : clean;
  inRoot = trimTail(cutFurnitureSections(inRoot.filter((w) => keepBlock(w, meta.title, meta.byline))));
  // The bio is looked for once the short furniture after it is gone.
  inRoot = trimTail(cutAuthorBio(inRoot, meta.byline));
  return { meta, ws, root, blocks: inRoot };
}

/** The learned block filter: drops candidate blocks the model deems furniture (calls to action, bios, listings). */
export function filterBlocks(ws: Weighed[], model: BlockModel = loadBlockModel()): Weighed[] {
  if (ws.length < 2) return ws;
  const feats = blockFeatures(ws);
  const kept: Weighed[] = [];
  let all = 0;
  let keptLen = 0;
  for (let i = 0; i < ws.length; i++) {
    all += ws[i].text.length;
    if (KEPT_KINDS.has(ws[i].raw.kind) || blockScore(model, feats[i]) >= model.threshold) {
      kept.push(ws[i]);
      keptLen += ws[i].text.length;
    }
  }
  return keptLen >= all * FILTER_KEEP_MIN ? kept : ws;
}

/** Extracts the article of an HTML page; `pageUrl` (where it was fetched) helps date it. */
export function extractHtml(html: string, pageUrl?: string): Extracted {
  const { meta, ws, root, blocks } = candidateBlocks(html, pageUrl);
  const dateline = findDateline(ws, root, meta.title);
  const inRoot = filterBlocks(blocks);

  // Mojibake (UTF-8 once read as windows-1252 upstream) is repaired in the text, not in the page.
  const fix = hasMojibake(html) ? repairMojibakeRuns : (x: string) => x;
  if (meta.title) meta.title = fix(meta.title);
  if (meta.subtitle) meta.subtitle = fix(meta.subtitle);
  const b = new TextBuilder();
  if (meta.title) b.add('title', meta.title);
  for (const w of inRoot) {
    const extra: Partial<Block> = { source: { start: w.raw.start, end: w.raw.end } };
    if (w.raw.note) extra.note = w.raw.note;
    b.add(w.raw.kind, fix(w.raw.text), extra, w.raw.kind === 'preformatted');
  }
  const text = b.text;
  tieMarkers(text, b.blocks);
  meta.subtitle = completeStandfirst(meta.subtitle, b.blocks, text);
  settleDates(meta, dateline, pageUrl);
  if (!meta.published) meta.published = shortDateLine(ws);
  refineMeta(meta, text, b.blocks, html, pageUrl);
  return { text, blocks: b.blocks, meta };
}

/** A line that is only a date, perhaps with a word or two before it ("Posted on April 13, 2023"). */
const DATE_LINE = /^(?:[\p{L}.]+(?:\s+[\p{L}.]+){0,2}:?\s+)?(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b/u;

/** A block in the page's <footer> (not an article's own): its dates are the site's, not the article's. */
const inFooter = (w: Weighed) => !!w.raw.furn?.some((f) => f.name === 'footer' && !inArticle(f));

function inArticle(e: Element): boolean {
  let n = 0;
  for (let p = e.parent as Element | null; p && p.type === 'tag' && n < 200; p = p.parent as Element | null, n++) {
    if (p.name === 'article' || p.name === 'main') return true;
  }
  return false;
}

/** The first short line anywhere on the page (but its footer) that is a date: the last visible resort. */
function shortDateLine(ws: Weighed[]): string | null {
  for (const w of ws) {
    if (w.text.length > 60 || inFooter(w)) continue;
    if (!DATE_LINE.test(w.text)) continue;
    const d = writtenDate(w.text);
    if (d) return d;
  }
  return null;
}

/** A visible dateline: a short line with a date just after the headline, or near the top of the article root. */
function findDateline(ws: Weighed[], root: Element | null, title: string | null): Dateline | null {
  const look = (from: number, to: number, anchor: number | null): Dateline | null => {
    for (let i = Math.max(0, from); i < Math.min(ws.length, to); i++) {
      const t = ws[i].text;
      if (t.length > 160 || inFooter(ws[i])) continue;
      const d = writtenDate(t);
      if (d) return { date: d, line: t, fromHeadline: anchor === null ? null : Math.abs(i - anchor) };
    }
    return null;
  };
  const h = title ? ws.findIndex((w) => w.raw.kind === 'heading' && similar(w.text, title)) : -1;
  if (h >= 0) {
    const d = look(h + 1, h + 12, h) ?? look(h - 4, h, h);
    if (d) return d;
  }
  const rootStart = root?.startIndex ?? 0;
  let idx = ws.findIndex((w) => w.raw.start >= rootStart);
  if (idx < 0) idx = 0;
  return look(idx - 10, idx + 8, null);
}

