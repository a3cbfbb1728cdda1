// Plain text as scrapers save it: chrome lines dropped at head and foot, the title and
// standfirst recovered, numbered footnotes kept as footnote blocks tied to their markers.
import type { Block, Meta } from '../brief/types.js';
import { emptyMeta } from '../core/doc.js';
import { isChromeLine } from './chrome-lines.js';
import { tieMarkers } from './footnotes.js';
import { TextBuilder } from './text-builder.js';
import type { Extracted } from './types.js';

const FOOTNOTE_RE = /^\s*(?:\((\d{1,3})\)|\[(\d{1,3})\]|(\d{1,3})[.)]\s|\^(\d{1,3})|([*†‡]))\s*(?=\S)/u;
const TERMINAL_RE = /[.!?…:;"”’)\]]$/u;

/** Splits text into paragraphs: blank-line separated; lines inside joined when hard-wrapped. */
export function paragraphs(text: string): string[] {
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/);
  const out: string[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.length === 1 || isHardWrapped(lines)) out.push(lines.join(' '));
    else out.push(...lines);
  }
  return out;
}

/** Lines of similar length that do not end sentences are one paragraph wrapped at a fixed width. */
function isHardWrapped(lines: string[]): boolean {
  const body = lines.slice(0, -1);
  const max = Math.max(...body.map((l) => l.length));
  if (max < 40 || max > 120) return false;
  const near = body.filter((l) => l.length >= max * 0.7).length;
  const unterminated = body.filter((l) => !TERMINAL_RE.test(l)).length;
  return near >= body.length * 0.7 && unterminated >= body.length * 0.5;
}

function cleanTitle(line: string): string {
  return line.replace(/\s*[-–—|:•·]+\s*$/u, '').trim();
}

function looksLikeTitle(p: string): boolean {
  return p.length <= 200 && !/[.!?]["”’)]?$/u.test(cleanTitle(p)) && /\p{L}/u.test(p) && p.split(/\s+/).length <= 30;
}

export function extractPlainText(input: string): Extracted {
  let paras = paragraphs(input);
  // Chrome at the head and the foot only: a word like "Share" inside an article is text.
  while (paras.length && isChromeLine(paras[0])) paras.shift();
  while (paras.length && isChromeLine(paras[paras.length - 1])) paras.pop();
  // A chrome line glued to the end of the last paragraph ("...(rocket artillery).Related Posts").
  if (paras.length) paras[paras.length - 1] = stripTrailingChrome(paras[paras.length - 1]);

  const meta: Meta = emptyMeta();
  const b = new TextBuilder();
  let i = 0;
  if (paras.length > 1 && looksLikeTitle(paras[0])) {
    meta.title = cleanTitle(paras[0]);
    b.add('title', meta.title);
    i = 1;
    // A standfirst: a short first paragraph that summarises, standing before the body.
    const next = paras[1];
    if (paras.length > 3 && next && next.length <= 400 && next.length >= 40 && /[.!?]["”’]?$/u.test(next) &&
      countSentences(next) <= 2) {
      meta.subtitle = next;
      b.add('subtitle', next);
      i = 2;
    }
  }
  // Footnotes: the run of numbered paragraphs at the end of the text.
  let footStart = paras.length;
  while (footStart > i && FOOTNOTE_RE.test(paras[footStart - 1]) && paras[footStart - 1].length < 1000) footStart--;
  if (footStart === i) footStart = paras.length; // a text made only of numbered items is a list, not notes
  // Chrome between the body and its notes ("Share", "Read more") is the foot of the body.
  while (footStart < paras.length && footStart - 1 > i && isChromeLine(paras[footStart - 1])) {
    paras.splice(footStart - 1, 1);
    footStart--;
  }
  for (; i < footStart; i++) {
    const p = paras[i];
    if (/^\s*[-•*–]\s+\S/u.test(p)) b.add('list-item', p.replace(/^\s*[-•*–]\s+/u, ''));
    else if (looksLikeTitle(p) && p.length < 120 && i + 1 < footStart && !/^[\p{Ll}\d]/u.test(p)) b.add('heading', p);
    else b.add('paragraph', p);
  }
  for (; i < paras.length; i++) {
    const m = FOOTNOTE_RE.exec(paras[i])!;
    const note = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    b.add('footnote', paras[i], { note });
  }
  const text = b.text;
  tieMarkers(text, b.blocks);
  return { text, blocks: b.blocks, meta };
}

function countSentences(p: string): number {
  return (p.match(/[.!?]["”’]?(\s|$)/gu) ?? []).length;
}

function stripTrailingChrome(p: string): string {
  const m = /^(.*[.!?)"”])\s*([A-Z][\w ]{2,30})$/u.exec(p);
  if (m && isChromeLine(m[2])) return m[1];
  return p;
}

