// TimeML in and out: the plain text of <TEXT>, its gold TIMEX3 spans, its DCT, and the same
// document written back with other TIMEX3 tags in the TEXT.
import { InputError } from '../core/errors.js';

export interface TimemlTimex {
  start: number;
  end: number;
  tid: string;
  type: string;
  value: string;
}

interface Piece {
  /** A tag (kept verbatim) or text (which maps 1:1 onto the plain text). */
  kind: 'tag' | 'text';
  raw: string;
  /** For text: where it starts in the plain text; for a tag: the plain offset it sits at. */
  at: number;
  /** For a tag: open, close or self-closing, and its name. */
  tag?: { name: string; close: boolean; self: boolean };
  /** True for a TIMEX3 tag inside TEXT (dropped when writing back). */
  timex?: boolean;
}

export interface TimemlDoc {
  /** The file up to and including <TEXT>. */
  head: string;
  /** The file from </TEXT> on. */
  tail: string;
  pieces: Piece[];
  /** The plain text of TEXT: tags removed, entities left as written. */
  text: string;
  dct: string | null;
  timexes: TimemlTimex[];
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m?.[1];
}

export function parseTimeml(xml: string): TimemlDoc {
  const open = /<TEXT>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new InputError('timeml', 'not TimeML: no <TEXT>...</TEXT>');
  const head = xml.slice(0, open.index + open[0].length);
  const tail = xml.slice(close);
  const body = xml.slice(open.index + open[0].length, close);

  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    if (attr(m[0], 'functionInDocument') === 'CREATION_TIME') {
      dct = attr(m[0], 'value') ?? null;
      break;
    }
  }

  const pieces: Piece[] = [];
  const timexes: TimemlTimex[] = [];
  const stack: { tid: string; type: string; value: string; start: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    if (m.index > last) {
      const raw = body.slice(last, m.index);
      pieces.push({ kind: 'text', raw, at: text.length });
      text += raw;
    }
    last = m.index + m[0].length;
    const name = m[2];
    const isClose = m[1] === '/';
    const isSelf = m[3] === '/';
    const isTimex = name === 'TIMEX3';
    pieces.push({ kind: 'tag', raw: m[0], at: text.length, tag: { name, close: isClose, self: isSelf }, timex: isTimex });
    if (isTimex && !isClose && !isSelf) {
      stack.push({ tid: attr(m[0], 'tid') ?? '', type: attr(m[0], 'type') ?? '', value: attr(m[0], 'value') ?? '', start: text.length });
    } else if (isTimex && isClose) {
      const t = stack.pop();
      if (t) timexes.push({ start: t.start, end: text.length, tid: t.tid, type: t.type, value: t.value });
    }
  }
  if (last < body.length) {
    const raw = body.slice(last);
    pieces.push({ kind: 'text', raw, at: text.length });
    text += raw;
  }
  timexes.sort((a, b) => a.start - b.start);
  return { head, tail, pieces, text, dct, timexes };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The document with its TEXT TIMEX3 tags replaced by `found`. A found span that would cross
 * another element's tags is left out, so the output stays well-formed.
 */
export function writeTimeml(doc: TimemlDoc, found: { start: number; end: number; type: string; value: string }[]): {
  xml: string;
  written: number;
} {
  const kept = doc.pieces.filter((p) => !p.timex);
  // Which spans cross an element: check balance of the tags strictly inside each span.
  const tags = kept.filter((p) => p.kind === 'tag' && !p.tag!.self);
  const ok = found
    .filter((f) => f.end > f.start)
    .filter((f) => {
      let depth = 0;
      for (const t of tags) {
        const inside = t.tag!.close ? t.at > f.start && t.at <= f.end : t.at >= f.start && t.at < f.end;
        if (!inside) continue;
        depth += t.tag!.close ? -1 : 1;
        if (depth < 0) return false;
      }
      return depth === 0;
    })
    .sort((a, b) => a.start - b.start);
  const nonOverlapping: typeof ok = [];
  for (const f of ok) if (!nonOverlapping.length || nonOverlapping[nonOverlapping.length - 1].end <= f.start) nonOverlapping.push(f);

  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  // number our tags after any tid the head uses (the DCT is usually t0)
  let base = 0;
  for (const m of doc.head.matchAll(/\btid="t(\d+)"/g)) base = Math.max(base, +m[1]);
  nonOverlapping.forEach((f, i) => {
    const tag = `<TIMEX3 tid="t${base + i + 1}" type="${esc(f.type)}" value="${esc(f.value)}">`;
    (opens.get(f.start) ?? opens.set(f.start, []).get(f.start)!).push(tag);
    (closes.get(f.end) ?? closes.set(f.end, []).get(f.end)!).push('</TIMEX3>');
  });

  let out = doc.head;
  // Emit, at each plain offset: our closes, then other closing tags, then our opens before other opening tags.
  const emitAt = (pos: number, phase: 'close' | 'open'): void => {
    if (phase === 'close' && closes.has(pos)) {
      out += closes.get(pos)!.join('');
      closes.delete(pos);
    }
    if (phase === 'open' && opens.has(pos)) {
      out += opens.get(pos)!.join('');
      opens.delete(pos);
    }
  };
  for (const p of kept) {
    if (p.kind === 'tag') {
      const closing = p.tag!.close;
      // A closing tag of an element opened inside our span must precede our close: emit ours after.
      if (!closing) {
        emitAt(p.at, 'close');
        emitAt(p.at, 'open');
      } else {
        const innerClose = nonOverlapping.some((f) => f.end === p.at && f.start < p.at && elementOpenedAfter(kept, p, f.start));
        if (!innerClose) emitAt(p.at, 'close');
      }
      out += p.raw;
      continue;
    }
    for (let i = 0; i < p.raw.length; i++) {
      const pos = p.at + i;
      emitAt(pos, 'close');
      emitAt(pos, 'open');
      out += p.raw[i];
    }
  }
  emitAt(doc.text.length, 'close');
  out += doc.tail;
  return { xml: out, written: nonOverlapping.length };
}

/** Whether the element that `closeTag` closes was opened at or after `from`. */
function elementOpenedAfter(pieces: Piece[], closeTag: Piece, from: number): boolean {
  const idx = pieces.indexOf(closeTag);
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p.kind !== 'tag' || p.tag!.self) continue;
    if (p.tag!.close) depth++;
    else if (depth === 0) return p.at >= from;
    else depth--;
  }
  return false;
}
