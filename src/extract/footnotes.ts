// Footnote markers in the body tied to their notes: "vehicles(1)", "vehicles[1]", "vehicles¹".
import type { Block, Span } from '../brief/types.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A marker: "(n)", "[n]" or superscript digits, right after a letter or closing punctuation. */
const MARKER = /(?<=\p{L}|[.,;:)”"’])(?:\((\d{1,4})\)|\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}))(?!\d)/gu;

/**
 * Ties every numbered footnote block to its markers in the body. One pass over the body for all
 * notes: a page with hundreds of references (an encyclopedia article) stays linear.
 */
export function tieMarkers(text: string, blocks: Block[]): void {
  const byNote = new Map<string, Block>();
  for (const b of blocks) if (b.kind === 'footnote' && b.note && /^\d+$/.test(b.note) && !byNote.has(b.note)) byNote.set(b.note, b);
  if (!byNote.size) return;
  const found = new Map<Block, Span[]>();
  for (const b of blocks) {
    if (b.kind === 'footnote' || b.kind === 'title') continue;
    const slice = text.slice(b.start, b.end);
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(slice); m; m = MARKER.exec(slice)) {
      const n = m[1] ?? m[2] ?? [...m[3]].map((c) => SUPERSCRIPT.indexOf(c)).join('');
      const note = byNote.get(n.replace(/^0+(?=\d)/, ''));
      if (!note) continue;
      const spans = found.get(note) ?? [];
      spans.push({ start: b.start + m.index, end: b.start + m.index + m[0].length });
      found.set(note, spans);
    }
  }
  for (const [note, spans] of found) note.markers = spans;
}
