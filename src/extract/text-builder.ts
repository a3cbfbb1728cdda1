import type { Block, BlockKind } from '../brief/types.js';

/** Normalises white space inside a block: runs of spaces collapse, line breaks survive where asked. */
export function normaliseInline(s: string, keepLines = false): string {
  // Remove characters that have no place in clean text: controls (but tab/newline) and lone surrogates.
  s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (keepLines) {
    return s
      .split(/\r\n|\r|\n/)
      .map((l) => l.replace(/[ \t\u00a0\u2000-\u200a\u202f\u3000]+/g, ' ').trim())
      .filter((l) => l.length > 0)
      .join('\n');
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** Builds `text` from blocks, joined by blank lines, recording each block's span. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];

  add(kind: BlockKind, raw: string, extra: Partial<Block> = {}, keepLines = false): Block | null {
    const s = normaliseInline(raw, keepLines);
    if (!s) return null;
    if (this.parts.length) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    const block: Block = { kind, start: this.length, end: this.length + s.length, ...extra };
    this.parts.push(s);
    this.length += s.length;
    this.blocks.push(block);
    return block;
  }

  get text(): string {
    return this.parts.join('');
  }
}
