// Quotation marks in one block: pairs every convention (straight and curly double quotes,
// « », „ “, British single quotes) into pieces. A piece left open at the end of its block, or
// cut by a new opening mark (a paragraph break lost in flattening), is marked `continues`:
// the quotation goes on in the next piece, as with an opening mark on each paragraph.

export interface QuotePiece {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or after the last non-space char of an open piece. */
  end: number;
  contentStart: number;
  contentEnd: number;
  /** True when the quotation did not close here and runs on into the next piece. */
  continues: boolean;
  /** True when the closing mark was found. */
  closed: boolean;
  mark: string;
}

const CLOSERS: Record<string, string> = { '"': '"”', '“': '”“"', '„': '“”', '«': '»', '‘': '’', "'": "'", '”': '”"' };

const isSpace = (c: string) => c === '' || /\s/.test(c);
const isWordChar = (c: string) => c !== '' && /[\p{L}\p{N}]/u.test(c);
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const OPEN_BEFORE = /[\s(\[{—–\-:/]/;

function openerContext(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : '';
  const next = i + 1 < end ? text[i + 1] : '';
  if (isSpace(next) || /[.,;:!?)\]]/.test(next)) return false;
  return prev === '' || OPEN_BEFORE.test(prev) || '"“„«‘\''.includes(prev);
}

function closerContext(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : '';
  const next = i + 1 < end ? text[i + 1] : '';
  if (isSpace(prev)) return false;
  return !isWordChar(next);
}

/** Quotation pieces of text[start, end), in order. Linear in the block length. */
export function findQuotePieces(text: string, start: number, end: number): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let open = -1;
  let mark = '';
  const closeAt = (closeIdx: number, closed: boolean, markLen: number) => {
    let ce = closeIdx;
    while (ce > open + 1 && isSpace(text[ce - 1])) ce--;
    pieces.push({
      start: open,
      end: closed ? closeIdx + markLen : ce,
      contentStart: open + 1,
      contentEnd: ce,
      continues: !closed,
      closed,
      mark,
    });
    open = -1;
  };
  for (let i = start; i < end; i++) {
    // most characters are no mark: test the code unit before making a one-char string
    const code = text.charCodeAt(i);
    if (code < 0xab ? code !== 34 && code !== 39 : code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) continue;
    // an apostrophe after a letter or digit ("Russia's") opens nothing (see openerContext)
    if (code === 39 && open < 0 && i > start && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    const c = text[i];
    if (!(c in CLOSERS) && c !== '»' && c !== '’') continue;
    if (open < 0) {
      if (c === '»' || c === '’') continue;
      if (c === "'" || c === '‘') {
        // Apostrophes are far commoner than single quotes: demand word-start context.
        if (!openerContext(text, i, start, end) || !isWordChar(text[i + 1] ?? '')) continue;
      } else if (c === '”') {
        // A right mark used as an opener (seen in careless texts) only at a paragraph start.
        if (i !== start || !openerContext(text, i, start, end)) continue;
      } else if (c === '"' && !openerContext(text, i, start, end)) continue;
      open = i;
      mark = c;
      continue;
    }
    const closers = CLOSERS[mark];
    if (closers.includes(c)) {
      const single = mark === "'" || mark === '‘';
      if (single) {
        // An apostrophe inside a word (don't) does not close the quote.
        if (isWordChar(text[i - 1] ?? '') && isWordChar(text[i + 1] ?? '')) continue;
        if (!closerContext(text, i, start, end)) continue;
        closeAt(i, true, 1);
        continue;
      }
      if ((mark === '"' || mark === '“') && c === mark && openerContext(text, i, start, end) && !closerContext(text, i, start, end)) {
        // A new opening mark while one is open: the previous paragraph of the quotation ended
        // without its closing mark (flattened text); start the next piece here.
        closeAt(i, false, 1);
        open = i;
        mark = c;
        continue;
      }
      closeAt(i, true, 1);
    }
  }
  if (open >= 0) {
    if (end - open > 1) closeAt(end, false, 0);
  }
  return pieces.filter((p) => p.contentEnd > p.contentStart);
}
