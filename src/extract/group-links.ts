// Link density of a list or a table as a whole. An item of a list (a row of a table) is judged by
// its list: a list of links is navigation or a "related" box, every item of it; but a list of
// notes or a table of films where some items are mostly a linked name is article text, and its
// linked items belong to it as much as the rest.
import type { Element } from 'domhandler';
import type { RawBlock } from './html-blocks.js';

/** How far up from a block to look for its list or table. */
const MAX_UP = 6;

function groupOf(b: RawBlock): Element | null {
  // Only a whole item counts: a link inside an item made of several blocks is that item's own business.
  const want = b.el.name === 'li' ? LISTS : b.el.name === 'tr' ? TABLES : null;
  if (!want) return null;
  let e: Element | null = b.el.parent as Element | null;
  for (let i = 0; i < MAX_UP && e && e.type === 'tag'; i++, e = e.parent as Element | null) {
    if (want.has(e.name)) return e;
  }
  return null;
}

const LISTS = new Set(['ul', 'ol']);
const TABLES = new Set(['table']);

/** The link density of each list item's list and each table row's table (blocks of other kinds are absent). */
export function groupLinkDensity(raws: RawBlock[], lens: number[], linkLens: number[]): Map<RawBlock, number> {
  const sums = new Map<Element, [number, number]>();
  const groups: (Element | null)[] = raws.map(groupOf);
  raws.forEach((b, i) => {
    const g = groups[i];
    if (!g) return;
    const s = sums.get(g) ?? [0, 0];
    s[0] += linkLens[i];
    s[1] += lens[i];
    sums.set(g, s);
  });
  const out = new Map<RawBlock, number>();
  raws.forEach((b, i) => {
    const g = groups[i];
    if (!g) return;
    const [l, t] = sums.get(g)!;
    out.set(b, t ? Math.min(1, l / t) : 1);
  });
  return out;
}
