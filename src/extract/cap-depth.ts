// Hostile nesting: the HTML parser's cost grows faster than linearly with nesting depth
// (32,000 nested elements take seconds). Tags deeper than MAX_DEPTH are blanked out before
// parsing, each replaced by as many spaces as it had characters, so the text inside them is
// kept and every offset into the source HTML still holds.

import { MAX_DEPTH as WALK_DEPTH } from './html-dom.js';

/** Below the depth the block walk descends to, so that no text is lost to either limit. */
export const MAX_DEPTH = WALK_DEPTH - 100;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/** Where "</" + name (lower-case ASCII) next starts in html, in any case, from `from`; -1 if nowhere.
 *  (Lower-casing a whole page to search it costs more than the rest of this pass.) */
function closingTagAt(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i !== -1; i = html.indexOf('</', i + 1)) {
    let k = 0;
    for (; k < name.length; k++) {
      const c = html.charCodeAt(i + 2 + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) break;
    }
    if (k === name.length) return i;
  }
  return -1;
}

/** The HTML with tags nested deeper than `max` blanked; the same string when none are. */
export function capDepth(html: string, max = MAX_DEPTH): string {
  // Cheap exit: a page cannot nest deeper than its number of tags.
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1 && tags <= max; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= max) return html;

  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  const blanks: [number, number][] = [];
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    if (m[0].startsWith('<!--')) continue;
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/' || VOID.has(name);
    if (!closing && RAW_TEXT.has(name)) {
      // Skip the raw text of <script> and the like: tags inside it are not tags.
      const end = closingTagAt(html, name, tagRe.lastIndex);
      if (end === -1) break;
      if (depth >= max) blanks.push([m.index, tagRe.lastIndex]);
      tagRe.lastIndex = end;
      continue;
    }
    if (closing) {
      if (depth > max) blanks.push([m.index, tagRe.lastIndex]);
      if (depth > 0) depth--;
    } else if (!selfClosing) {
      depth++;
      if (depth > max) blanks.push([m.index, tagRe.lastIndex]);
    }
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
