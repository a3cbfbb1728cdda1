// The content hash that makes ingest idempotent: SHA-256 of the input with line endings and
// trailing blanks normalised, so the same article saved on Windows or Unix is one document.
import { createHash } from 'node:crypto';

export function contentHash(bytes: Buffer): string {
  const s = bytes
    .toString('latin1')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return createHash('sha256').update(Buffer.from(s, 'latin1')).digest('hex');
}
