// One walk over the page: every run of text becomes a raw block (its kind, text, the length of
// its link text, its place in the source HTML, and the furniture-named elements around it).
// Which blocks are the article is decided afterwards (html-root.ts, html.ts).
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from '../brief/types.js';
import { MAX_DEPTH, classId, isElement } from './html-dom.js';
import { isFurnitureByName, isOverlay, isHidden, isSkippedTag } from './html-prune.js';

export interface RawBlock {
  kind: BlockKind;
  text: string;
  linkLen: number;
  /** Char offsets of the block in the source HTML. */
  start: number;
  end: number;
  /** The element holding the block: the block element itself, or the container of a loose run. */
  el: Element;
  /** Furniture-named elements around the block (outermost first), or null. */
  furn: Element[] | null;
  /** Footnote number, for items of a footnotes list. */
  note?: string;
}

const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'code', 'abbr',
  'cite', 'q', 'mark', 'time', 'font', 'br', 'img', 'del', 'ins', 'bdi', 'bdo', 'dfn', 'kbd', 'samp', 'var', 'wbr',
  'data', 'strike', 'tt', 'big', 'acronym', 'nobr', 'picture', 'source', 'math', 'output', 'meter', 'progress']);

const LEAF_KIND: Record<string, BlockKind> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'quote', figcaption: 'caption', pre: 'preformatted', dd: 'paragraph', dt: 'paragraph',
  caption: 'caption', summary: 'paragraph', address: 'paragraph',
};

const FOOTNOTES = /(?:^|[\s_-])(?:foot-?notes?|end-?notes?|fn-?list|notes|references|reflist)(?:$|[\s_-])/;
const SUP_REF = /^\s*\[?(\d{1,3})\]?\s*$/;

function isInline(n: AnyNode): boolean {
  return n.type === 'text' || (isElement(n) && INLINE.has(n.name));
}

/** An element with a block-level child (looking through inline wrappers one level). */
function hasBlockChild(e: Element): boolean {
  for (const c of e.children) {
    if (!isElement(c) || isSkippedTag(c)) continue;
    if (!INLINE.has(c.name)) return true;
  }
  return false;
}

/** Inline content to text: links measured, <br> kept as a line break, footnote refs as "[n]". */
class Inline {
  text = '';
  linkLen = 0;
  add(n: AnyNode, depth: number, inLink: boolean): void {
    if (depth > MAX_DEPTH) return;
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      this.text += d;
      if (inLink) this.linkLen += d.trim().length;
      return;
    }
    if (!isElement(n) || isSkippedTag(n) || isHidden(n)) return;
    if (n.name === 'br') {
      this.text += '\n';
      return;
    }
    if (n.name === 'sup' || (n.name === 'a' && /(?:^|[\s_-])(?:footnote|fn|ref|note)/i.test(classId(n)))) {
      // A footnote reference: written "[n]" so the number never glues to the word before it.
      const t = textOfInline(n, depth);
      const m = SUP_REF.exec(t);
      if (m && (n.name === 'a' || hasLink(n) || inLink)) {
        this.text += `[${m[1]}]`;
        return;
      }
    }
    const link = inLink || n.name === 'a';
    for (const c of n.children) this.add(c, depth + 1, link);
  }
}

function hasLink(e: Element): boolean {
  return e.children.some((c) => isElement(c) && c.name === 'a');
}

function textOfInline(e: Element, depth: number): string {
  const i = new Inline();
  for (const c of e.children) i.add(c, depth + 1, false);
  return i.text;
}

/** Walks the page once and returns its raw blocks in document order. */
export function collectBlocks(root: Element | { children: AnyNode[] }): RawBlock[] {
  const out: RawBlock[] = [];
  const furnStack: Element[] = [];
  // Inside <main> (or the marked article body), furniture names outside it are layout wrappers.
  let furnBase = 0;
  let footDepth = 0;

  const push = (kind: BlockKind, inl: Inline, start: number, end: number, el: Element, note?: string): void => {
    if (!/[\p{L}\p{N}]/u.test(inl.text)) return;
    const b: RawBlock = { kind, text: inl.text, linkLen: inl.linkLen, start, end, el,
      furn: furnStack.length > furnBase ? furnStack.slice(furnBase) : null };
    if (note) b.note = note;
    out.push(b);
  };

  const leaf = (e: Element, kind: BlockKind, depth: number, note?: string): void => {
    const inl = new Inline();
    if (e.name === 'tr') {
      const cells: string[] = [];
      for (const c of e.children) {
        if (!isElement(c) || (c.name !== 'td' && c.name !== 'th')) continue;
        const ci = new Inline();
        for (const cc of c.children) ci.add(cc, depth + 2, false);
        if (ci.text.trim()) cells.push(ci.text.replace(/\s+/g, ' ').trim());
        inl.linkLen += ci.linkLen;
      }
      inl.text = cells.join(' | ');
    } else {
      for (const c of e.children) inl.add(c, depth + 1, false);
    }
    push(kind, inl, e.startIndex ?? 0, (e.endIndex ?? 0) + 1, e, note);
  };

  const container = (e: Element, depth: number, ctxKind: BlockKind | null): void => {
    if (depth > MAX_DEPTH) return;
    let run: Inline | null = null;
    let runStart = 0;
    let runEnd = 0;
    const flush = () => {
      if (run) push(ctxKind ?? 'paragraph', run, runStart, runEnd, e);
      run = null;
    };
    let liIndex = 0;
    const olStart = e.name === 'ol' ? Number(e.attribs.start ?? 1) || 1 : 1;
    for (const c of e.children) {
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') continue;
      if (isInline(c) && !(isElement(c) && c.name !== 'br' && hasBlockChild(c))) {
        if (isElement(c) && isSkippedTag(c)) continue;
        if (!run) {
          run = new Inline();
          runStart = c.startIndex ?? 0;
        }
        (run as Inline).add(c, depth + 1, false);
        runEnd = (c.endIndex ?? 0) + 1;
        continue;
      }
      if (!isElement(c)) continue;
      flush();
      if (isSkippedTag(c)) continue;
      if (c.name === 'li') liIndex++;
      visit(c, depth + 1, ctxKind, c.name === 'li' && footDepth > 0 ? String(olStart + liIndex - 1) : undefined);
    }
    flush();
  };

  const visit = (e: Element, depth: number, ctxKind: BlockKind | null, note?: string): void => {
    if (depth > MAX_DEPTH) return;
    const mainBase = furnBase;
    if (e.name === 'main' || e.attribs.role === 'main' || e.attribs.itemprop === 'articleBody') furnBase = furnStack.length;
    const furn = isFurnitureByName(e) || isHidden(e) || isOverlay(e);
    if (furn) furnStack.push(e);
    const foot = FOOTNOTES.test(classId(e)) || e.attribs.role === 'doc-endnotes';
    if (foot) footDepth++;
    // A "javascript:" href goes nowhere: such a wrapper is a script's handle, not a link.
    const link = e.name === 'a' && e.attribs.href !== undefined && !/^\s*javascript:/i.test(e.attribs.href);
    const before = out.length;
    const kind = e.name === 'tr' ? 'table-row' : LEAF_KIND[e.name];
    if (kind && !hasBlockChild(e)) {
      const k: BlockKind = footDepth > 0 && e.name === 'li' ? 'footnote' : kind === 'paragraph' && ctxKind ? ctxKind : kind;
      leaf(e, k, depth, k === 'footnote' ? note : undefined);
    } else if (e.name === 'tr' && !e.children.some((c) => isElement(c) && (c.name === 'td' || c.name === 'th') && hasBlockChild(c))) {
      leaf(e, 'table-row', depth);
    } else {
      const childCtx: BlockKind | null = e.name === 'li' ? (footDepth > 0 ? 'footnote' : 'list-item')
        : e.name === 'blockquote' ? 'quote' : e.name === 'figcaption' ? 'caption' : ctxKind;
      container(e, depth, childCtx);
    }
    if (foot) footDepth--;
    // A link around several blocks is a teaser card (headline, summary, date in one <a>): all its text is link text.
    if (link && out.length - before >= 2) for (let i = before; i < out.length; i++) out[i].linkLen = out[i].text.trim().length;
    if (furn) furnStack.pop();
    furnBase = mainBase;
  };

  const top = root as Element;
  if ('name' in top && isElement(top)) visit(top, 0, null);
  else for (const c of root.children) if (isElement(c) && !isSkippedTag(c)) visit(c, 0, null);
  return out;
}
