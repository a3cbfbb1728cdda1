// The extraction entry point: bytes of any supported input to clean text, blocks and metadata.
import { InputError } from '../core/errors.js';
import { decodeBytes, repairMojibake } from './decode.js';
import { extractHtml } from './html.js';
import { extractPlainText } from './plain-text.js';
import type { RawInput } from './read.js';
import type { Extracted } from './types.js';

export type { Extracted } from './types.js';

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') ||
    /<(html|head|body|article|p|div|meta|title)[\s>]/.test(head);
}

/** Extracts clean text from a string whose format is given or guessed; `url` (where the page came from) helps date it. */
export function extractString(s: string, format?: 'html' | 'text', url?: string): Extracted {
  const fmt = format ?? (looksLikeHtml(s) ? 'html' : 'text');
  // HTML is repaired block by block (so source offsets stay true to the page); plain text as a whole.
  return fmt === 'html' ? extractHtml(s, url) : extractPlainText(repairMojibake(s));
}

export function extractRaw(input: RawInput): Extracted {
  const { text } = decodeBytes(input.bytes, input.charset);
  const fmt = input.hint ?? (looksLikeHtml(text) ? 'html' : 'text');
  const out = fmt === 'html' ? extractHtml(text, input.url) : extractPlainText(repairMojibake(text));
  if (!out.text.trim()) throw new InputError('no-text', `${input.name}: no article text found`);
  out.meta.source = input.name;
  if (!out.meta.url && input.url) out.meta.url = input.url;
  return out;
}
