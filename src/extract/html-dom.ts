// Small DOM helpers for extraction, all bounded in depth: hostile nesting cannot blow the stack.
import type { AnyNode, Element } from 'domhandler';

/** Nodes deeper than this are not descended. */
export const MAX_DEPTH = 400;

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** The concatenated text of a node, depth-bounded, skipping script/style/template. */
export function textOf(n: AnyNode, depth = 0): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (depth > MAX_DEPTH || !('children' in n)) return '';
  if (isElement(n) && (n.name === 'script' || n.name === 'style' || n.name === 'template')) return '';
  let s = '';
  for (const c of (n as Element).children) s += textOf(c, depth + 1);
  return s;
}

/** Text of a heading: like textOf, but a <br> or a nested block separates words. */
export function spacedText(n: AnyNode, depth = 0): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (depth > MAX_DEPTH || !('children' in n)) return '';
  if (isElement(n)) {
    if (n.name === 'script' || n.name === 'style' || n.name === 'template') return '';
    if (n.name === 'br') return ' ';
  }
  let s = '';
  for (const c of (n as Element).children) {
    const t = spacedText(c, depth + 1);
    s += isElement(c) && !INLINE_TAGS.has(c.name) ? ` ${t} ` : t;
  }
  return s;
}

const INLINE_TAGS = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'code', 'abbr', 'cite', 'q', 'mark', 'time', 'font']);

/** Finds elements by tag name, depth-bounded, in document order. */
export function byTag(root: AnyNode, names: Set<string>, limit = 10000): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode, depth: number): void => {
    if (depth > MAX_DEPTH || out.length >= limit) return;
    if (isElement(n) && names.has(n.name)) out.push(n);
    if ('children' in n) for (const c of (n as Element).children) visit(c, depth + 1);
  };
  visit(root, 0);
  return out;
}

/** Class and id of an element, lower-cased, for pattern tests. */
export function classId(e: Element): string {
  const a = e.attribs;
  return `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
}
