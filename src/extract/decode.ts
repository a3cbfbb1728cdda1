// Bytes to a string: a BOM, then a declared charset (HTTP header or <meta>), then UTF-8 if it
// decodes cleanly, then a legacy guess. Node's TextDecoder (full ICU) knows windows-1251 and KOI8-R.

import { isUtf8 } from 'node:buffer';

const ALIASES: Record<string, string> = {
  'utf8': 'utf-8',
  'latin1': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  'cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  'koi8r': 'koi8-r',
};

export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = ALIASES[l] ?? l;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** The charset a page declares in its first 4 KB: <meta charset> or http-equiv Content-Type. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m ? normaliseCharset(m[1]) : null;
}

function bomCharset(bytes: Buffer): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** Guesses between the Cyrillic code pages and windows-1252 for bytes that are not UTF-8. */
export function guessLegacy(bytes: Buffer): string {
  let high = 0;
  let runs = 0;
  let cp1251Score = 0;
  let koiScore = 0;
  const n = Math.min(bytes.length, 262144);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if (i + 1 < n && bytes[i + 1] >= 0x80) runs++;
    // In windows-1251, lower-case Cyrillic (the common case) is 0xE0-0xFF; in KOI8-R it is 0xC0-0xDF.
    if (b >= 0xe0) cp1251Score++;
    else if (b >= 0xc0) koiScore++;
  }
  // Cyrillic words are runs of high bytes; in Western text an accented letter sits among ASCII ones.
  if (high >= 4 && runs / high > 0.5) return cp1251Score >= koiScore ? 'windows-1251' : 'koi8-r';
  return 'windows-1252';
}

function hasNonAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Bytes to text. Order: a BOM; valid UTF-8 with non-ASCII bytes (legacy text is almost never
 * valid UTF-8 by chance, and pages often declare the wrong charset); the declared charset (HTTP
 * header, then <meta>); plain ASCII; then, for broken UTF-8, a legacy guess (Cyrillic or Western).
 */
export function decodeBytes(bytes: Buffer, declared?: string | null): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset };
  const nonAscii = hasNonAscii(bytes);
  if (!nonAscii) return { text: bytes.toString('latin1'), charset: 'utf-8' };
  // (isUtf8 then toString is what a fatal TextDecoder does, several times faster)
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), charset: 'utf-8' };
  const charset = normaliseCharset(declared ?? null) ?? declaredCharset(bytes);
  if (charset && charset !== 'utf-8' && !charset.startsWith('utf-16')) return { text: new TextDecoder(charset).decode(bytes), charset };
  const lenient = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = lenient.indexOf('\ufffd'); i >= 0 && bad < 1000; i = lenient.indexOf('\ufffd', i + 1)) bad++;
  // A few broken bytes in a UTF-8 page are kept as replacement characters; many mean another charset.
  if (bad <= 3) return { text: lenient, charset: 'utf-8' };
  const guess = guessLegacy(bytes);
  return { text: new TextDecoder(guess).decode(bytes), charset: guess };
}

// ---- mojibake: UTF-8 text that was once decoded as windows-1252 or Latin-1 ("donâ€™t", "cafÃ©") ----

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const TO_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) TO_BYTE.set(String.fromCharCode(b), b); // Latin-1 (and C1 controls)
for (let i = 0; i < CP1252_HIGH.length; i++) TO_BYTE.set(CP1252_HIGH[i], 0x80 + i);

/** A lead byte of a UTF-8 sequence (as a Latin-1/1252 char) followed by continuation bytes. */
const MOJIBAKE_RUN = new RegExp(`[\\u00c2-\\u00f4](?:[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u00bf]/g, '')}]){1,3}`, 'g');

/**
 * Repairs text whose UTF-8 bytes were decoded as windows-1252/Latin-1 somewhere upstream. Only runs
 * that form valid UTF-8 are changed, and only when such runs are frequent enough to be mojibake
 * rather than real Latin text (e.g. "Ã©" is never French).
 */
export function repairMojibake(s: string): string {
  return hasMojibake(s) ? repairMojibakeRuns(s) : s;
}

/** True when the text holds at least two runs that are UTF-8 read as windows-1252. */
export function hasMojibake(s: string): boolean {
  MOJIBAKE_RUN.lastIndex = 0;
  let found = 0;
  for (let m = MOJIBAKE_RUN.exec(s); m && found < 2; m = MOJIBAKE_RUN.exec(s)) if (decodesAsUtf8(m[0])) found++;
  return found >= 2;
}

/** Repairs every run that decodes as UTF-8 (call once hasMojibake said the page has them). */
export function repairMojibakeRuns(s: string): string {
  return s.replace(MOJIBAKE_RUN, (run) => decodesAsUtf8(run) ?? run);
}

const fatal = new TextDecoder('utf-8', { fatal: true });

function decodesAsUtf8(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = TO_BYTE.get(run[i]);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    const out = fatal.decode(bytes);
    return out.length < run.length ? out : null;
  } catch {
    return null;
  }
}
