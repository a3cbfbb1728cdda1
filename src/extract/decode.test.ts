import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, guessLegacy } from './decode.js';
import { extractRaw } from './index.js';

const RU = 'Президент Беларуси приказал отвести войска от границы с Украиной, сообщило агентство. Он сказал, что это не так и что в стране всё спокойно, как и было.';

/** Encodes Russian text in a single-byte Cyrillic code page by a table built from TextDecoder itself. */
function encodeLegacy(s: string, charset: string): Buffer {
  const dec = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...s].map((ch) => table.get(ch) ?? 0x3f));
}

const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

test('decode: windows-1251 and KOI8-R are told apart without a declaration', () => {
  const cp = encodeLegacy(RU.repeat(3), 'windows-1251');
  const koi = encodeLegacy(RU.repeat(3), 'koi8-r');
  assert.equal(guessLegacy(cp), 'windows-1251');
  assert.equal(guessLegacy(koi), 'koi8-r');
  assert.equal(decodeBytes(cp).text, RU.repeat(3));
  assert.equal(decodeBytes(koi).text, RU.repeat(3));
});

test('decode: a declared charset in a meta tag is honoured', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>'),
    encodeLegacy(RU, 'koi8-r'), Buffer.from('</p><p>'), encodeLegacy(RU, 'koi8-r'), Buffer.from('</p></body></html>')]);
  const { text, charset } = decodeBytes(html);
  assert.equal(charset, 'koi8-r');
  assert.ok(text.includes(RU));
  const ex = extractRaw({ name: 'ru.html', bytes: html, hint: 'html' });
  assert.ok(ex.text.includes(RU));
  assert.equal(ex.meta.lang, 'ru');
});

test('decode: BOMs (UTF-8, UTF-16) win, and the BOM is not in the text', () => {
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße')])).text, 'Grüße');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]);
  assert.equal(decodeBytes(le).text, 'Grüße');
});

test('decode: UTF-8 wins over a wrong declaration; Western legacy stays Western', () => {
  const utf = Buffer.from('<meta charset="windows-1252"><p>Café – naïve résumé</p>');
  assert.match(decodeBytes(utf).text, /Café – naïve résumé/);
  const latin = Buffer.from('<p>Le café était très bon, à la française, dit-il. '.repeat(50) + '</p>', 'latin1');
  assert.equal(decodeBytes(latin).charset, 'windows-1252');
  assert.match(decodeBytes(latin).text, /café était très/);
});

test('decode: broken bytes never become lone surrogates or control characters in the text', () => {
  const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]); // a lone high surrogate in UTF-16LE
  const ex = extractRaw({ name: 'odd.txt', bytes: Buffer.concat([odd]), hint: 'text' });
  assert.ok(!hasLoneSurrogate(ex.text));
  const html = '<p>Broken surrogate &#xD800; here and a fine one &#x1F600; there in a sentence of text.</p>';
  const ex2 = extractRaw({ name: 'x.html', bytes: Buffer.from(html), hint: 'html' });
  assert.ok(!hasLoneSurrogate(ex2.text));
});

test('decode: mojibake (UTF-8 read as windows-1252 upstream) is repaired, real Latin text is not touched', async () => {
  const { repairMojibake } = await import('./decode.js');
  assert.equal(repairMojibake('Donâ€™t panic, the cafÃ© is open.'), 'Don’t panic, the café is open.');
  assert.equal(repairMojibake('Le café à Paris est très naïve.'), 'Le café à Paris est très naïve.');
  const ex = extractRaw({ name: 'm.html', bytes: Buffer.from('<p>Itâ€™s the cafÃ©â€™s best coffee, and people say so.</p>'), hint: 'html' });
  assert.match(ex.text, /It’s the café’s best coffee/);
});
