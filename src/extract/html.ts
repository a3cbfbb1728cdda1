// HTML to clean text: a baseline that finds the main content (the element holding most
// paragraph text, preferring <article> and <main>) and turns its block elements into blocks.
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import * as du from 'domutils';
import type { BlockKind } from '../brief/types.js';
import { htmlMeta } from './html-meta.js';
import { TextBuilder, normaliseInline } from './text-builder.js';
import type { Extracted } from './types.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select',
  'textarea', 'input', 'nav', 'aside', 'footer', 'header', 'head', 'canvas', 'video', 'audio', 'object', 'embed']);
const BOILERPLATE_RE = /(^|[\s_-])(nav|navbar|menu|footer|share|sharing|social|comments?|related|cookie|consent|newsletter|promo|advert|ads?|sidebar|breadcrumbs?|subscribe|signup|popup|modal|banner|widget|recommend\w*|outbrain|taboola)($|[\s_-])/i;
const BLOCK_KIND: Record<string, BlockKind> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'quote', figcaption: 'caption', tr: 'table-row', pre: 'preformatted', dd: 'paragraph',
  dt: 'paragraph',
};
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'span', 'center', 'font']);

/** Nodes deeper than this are not descended: hostile nesting cannot blow the stack. */
const MAX_DEPTH = 400;

function isBoilerplate(e: Element): boolean {
  if (SKIP.has(e.name)) return true;
  const role = e.attribs.role ?? '';
  if (/^(navigation|banner|contentinfo|complementary|search|dialog)$/.test(role)) return true;
  if (e.attribs['aria-hidden'] === 'true' || 'hidden' in e.attribs) return true;
  const cls = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`;
  return cls.length > 1 && BOILERPLATE_RE.test(cls);
}

/** Paragraph text length under an element, by a bounded walk. */
function paragraphText(e: Element, depth = 0): number {
  if (depth > MAX_DEPTH) return 0;
  let n = 0;
  for (const c of e.children) {
    if (c.type !== 'tag') continue;
    const el = c as Element;
    if (isBoilerplate(el)) continue;
    if (el.name === 'p' || el.name === 'pre' || el.name === 'blockquote') n += du.textContent(el).trim().length;
    else n += paragraphText(el, depth + 1);
  }
  return n;
}

function chooseRoot(doc: Document): Element | Document {
  const articles = du.getElementsByTagName('article', doc, true);
  const mains = du.getElementsByTagName('main', doc, true);
  let best: Element | null = null;
  let bestScore = 0;
  for (const e of [...articles, ...mains]) {
    const s = paragraphText(e);
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  if (best && bestScore > 200) return best;
  // Otherwise the element whose direct paragraph children hold the most text.
  const counts = new Map<Element, number>();
  for (const p of du.getElementsByTagName('p', doc, true)) {
    const parent = p.parent as Element | null;
    if (!parent || parent.type !== 'tag') continue;
    counts.set(parent, (counts.get(parent) ?? 0) + du.textContent(p).trim().length);
  }
  for (const [e, n] of counts) {
    if (n > bestScore) {
      best = e;
      bestScore = n;
    }
  }
  return best ?? du.findOne((e: Element) => e.name === 'body', doc.children, true) ?? doc;
}

function inlineText(node: AnyNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const e = node as Element;
  if (node.type === 'tag' && (SKIP.has(e.name) || e.name === 'sup' && /^\s*\[?\d+\]?\s*$/.test(du.textContent(e)) && false)) return '';
  if (e.name === 'br') return '\n';
  let s = '';
  for (const c of e.children) s += inlineText(c, depth + 1);
  return s;
}

function walk(node: AnyNode, b: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.type !== 'tag' && node.type !== 'root') return;
  const e = node as Element;
  if (node.type === 'tag' && isBoilerplate(e)) return;
  const kind = node.type === 'tag' ? BLOCK_KIND[e.name] : undefined;
  if (kind === 'table-row') {
    const cells = e.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
    b.add(kind, cells.map((c) => normaliseInline(inlineText(c))).filter(Boolean).join(' | '));
    return;
  }
  if (kind && !hasBlockChild(e)) {
    b.add(kind, inlineText(e), {}, kind === 'preformatted');
    return;
  }
  // Text sitting directly in a container (between blocks) becomes a paragraph of its own.
  let loose = '';
  for (const c of e.children) {
    if (c.type === 'text' || (c.type === 'tag' && !BLOCK_KIND[(c as Element).name] && !CONTAINERS.has((c as Element).name) &&
      !hasBlockChild(c as Element) && !isBoilerplate(c as Element))) {
      loose += inlineText(c, depth + 1);
      continue;
    }
    if (loose.trim()) b.add('paragraph', loose);
    loose = '';
    walk(c, b, depth + 1);
  }
  if (loose.trim()) b.add('paragraph', loose);
}

function hasBlockChild(e: Element): boolean {
  return e.children.some((c) => c.type === 'tag' && (BLOCK_KIND[(c as Element).name] !== undefined ||
    ['div', 'section', 'article', 'table', 'ul', 'ol', 'figure'].includes((c as Element).name)));
}

export function extractHtml(html: string): Extracted {
  const doc = parseDocument(html, { decodeEntities: true });
  const meta = htmlMeta(doc);
  const b = new TextBuilder();
  if (meta.title) b.add('title', meta.title);
  const root = chooseRoot(doc);
  walk(root, b, 0);
  // Drop a heading that repeats the title.
  const text = b.text;
  const blocks = b.blocks.filter((bl, i) => !(i > 0 && bl.kind === 'heading' && text.slice(bl.start, bl.end) === meta.title));
  if (!meta.lang) meta.lang = null;
  return { text, blocks, meta };
}
