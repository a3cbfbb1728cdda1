// Hostile nesting: the HTML parser's cost grows faster than linearly with nesting depth
// (32,000 nested elements take seconds). Tags deeper than MAX_DEPTH are blanked out before
// parsing, each replaced by as many spaces as it had characters, so the text inside them is
// kept and every offset into the source HTML still holds.

import { MAX_DEPTH as WALK_DEPTH } from './html-dom.js';

/** Below the depth the block walk descends to, so that no text is lost to either limit. */
export const MAX_DEPTH = WALK_DEPTH - 100;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/** The HTML with tags nested deeper than `max` blanked; the same string when none are. */
export function capDepth(html: string, max = MAX_DEPTH): string {
  // Cheap exit: a page cannot nest deeper than its number of tags.
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1 && tags <= max; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= max) return html;

  // A hand-rolled scan (no regex over the whole page, no lower-cased copy of it): this runs on
  // every page, so it must cost little next to the parse itself.
  const blanks: [number, number][] = [];
  let depth = 0;
  const n = html.length;
  let i = html.indexOf('<');
  while (i !== -1 && i < n - 1) {
    let c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      // A comment runs to "-->"; a doctype or other declaration to ">".
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    c = html.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const end = html.indexOf('>', j);
    if (end === -1) break;
    const name = html.slice(nameStart, j).toLowerCase();
    const selfClosing = html.charCodeAt(end - 1) === 47 || VOID.has(name);
    const after = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip the raw text of <script> and the like: tags inside it are not tags.
      const close = indexOfClose(html, name, after);
      if (close === -1) break;
      if (depth >= max) blanks.push([i, after]);
      i = close;
      continue;
    }
    if (closing) {
      if (depth > max) blanks.push([i, after]);
      if (depth > 0) depth--;
    } else if (!selfClosing) {
      depth++;
      if (depth > max) blanks.push([i, after]);
    }
    i = html.indexOf('<', after);
  }
  if (!blanks.length) return html;
  const parts: string[] = [];
  let last = 0;
  for (const [a, z] of blanks) {
    parts.push(html.slice(last, a), ' '.repeat(z - a));
    last = z;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/** A letter, digit, ':' or '-': the characters of a tag name. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 45;
}

const CLOSERS = new Map<string, RegExp>();

/** Where the closing tag of a raw-text element starts (any letter case), or -1. */
function indexOfClose(html: string, name: string, from: number): number {
  let re = CLOSERS.get(name);
  if (!re) CLOSERS.set(name, (re = new RegExp(`</${name}`, 'gi')));
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}
