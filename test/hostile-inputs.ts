// Generators of hostile inputs, each parameterised by size so that the fuzz suite can check
// that work grows linearly with the input.
import { mulberry32 } from '../src/core/random.js';

/** A deterministic PRNG, so every run sees the same "random" bytes. */
export const rng = mulberry32;

export interface Hostile {
  name: string;
  /** Bytes of about `n` units of the hostile pattern, and whether it is HTML. */
  make(n: number): { bytes: Buffer; html: boolean };
  /** The size used for the scaling check (the larger run uses 8×). */
  base: number;
}

const text = (s: string, html = false) => ({ bytes: Buffer.from(s, 'utf8'), html });

export const HOSTILE: Hostile[] = [
  {
    name: 'random bytes',
    base: 6_666,
    make(n) {
      const r = rng(1);
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
      return { bytes: b, html: false };
    },
  },
  {
    name: 'invalid UTF-8 in text',
    base: 833,
    make(n) {
      const parts: Buffer[] = [];
      for (let i = 0; i < n; i++) parts.push(Buffer.from('Word '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82]));
      return { bytes: Buffer.concat(parts), html: false };
    },
  },
  { name: 'single-line text', base: 13_333, make: (n) => text('The minister said troops left on Monday and 5,000 returned '.repeat(Math.ceil(n / 60)).slice(0, n)) },
  { name: 'numbers in a row', base: 3_333, make: (n) => text(Array.from({ length: n }, (_, i) => String((i * 7919) % 100000)).join(' ')) },
  { name: 'unbalanced quote marks', base: 3_333, make: (n) => text('He said "yes and “no and «maybe '.repeat(Math.ceil(n / 8))) },
  { name: 'deeply nested HTML', base: 1_333, make: (n) => text('<html><body>' + '<div><span>'.repeat(n) + 'text of the article that is here.' + '</span></div>'.repeat(n) + '</body></html>', true) },
  { name: 'unclosed nested HTML', base: 666, make: (n) => text('<html><body>' + '<div><p><b><i>x '.repeat(n), true) },
  { name: 'zero-width and right-to-left', base: 833, make: (n) => text('Lu\u200bka\u200dshenko \u202eolleh\u202c said \u2066«مرحبا»\u2069 on July 13. '.repeat(Math.ceil(n / 10))) },
  { name: 'numbers with 500 digits', base: 16, make: (n) => text(Array.from({ length: n }, (_, i) => `${'9'.repeat(250)}${i}${'1'.repeat(250)} troops.`).join(' ')) },
  { name: 'impossible dates', base: 1_000, make: (n) => text('On 99/99/9999 and 32.13.2024 and February 30, 2023 and 0000-00-00 it rose 5%. '.repeat(Math.ceil(n / 10))) },
  { name: 'nested brackets', base: 333, make: (n) => text('Officials ' + '('.repeat(n) + 'the 2,000 troops' + ')'.repeat(n) + ' said "(' + '[{'.repeat(n) + '".') },
  { name: 'script-only page', base: 666, make: (n) => text('<html><head>' + '<script>var a = "<p>not text</p>";</script>'.repeat(n) + '</head><body></body></html>', true) },
  { name: 'one huge word', base: 16_666, make: (n) => text('x'.repeat(n)) },
  { name: 'many tiny lines', base: 1_333, make: (n) => text('a\n'.repeat(n)) },
  { name: 'percentages and ranges', base: 1_666, make: (n) => text('Between 10 and 20% rose from 3% to 5%, of which 1-2 were 26%. '.repeat(Math.ceil(n / 12))) },
];
