// Footnote markers in the body tied to their notes: "vehicles(1)", "vehicles[1]", "vehicles¹".
import type { Block, Span } from '../brief/types.js';

/** Finds the markers of a footnote in the body ("vehicles(1)", "vehicles[1]", "vehicles¹"). */
export function tieMarkers(text: string, blocks: Block[], note: Block): void {
  const n = note.note;
  if (!n || !/^\d+$/.test(n)) return;
  const sup = n.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  const re = new RegExp(`(?<=\\p{L}|[.,;:)”"’])(?:\\(${n}\\)|\\[${n}\\]|${sup})(?!\\d)`, 'gu');
  const markers: Span[] = [];
  for (const b of blocks) {
    if (b.kind === 'footnote' || b.kind === 'title') continue;
    re.lastIndex = 0;
    const slice = text.slice(b.start, b.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      markers.push({ start: b.start + m.index, end: b.start + m.index + m[0].length });
    }
  }
  if (markers.length) note.markers = markers;
}
