import assert from 'node:assert/strict';
import { it } from 'node:test';
import { capDepth } from './cap-depth.js';
import { extractString } from './index.js';

it('leaves ordinary pages alone', () => {
  const html = '<html><body><div><p>Text</p><script>if (a<b) {}</script></div></body></html>';
  assert.equal(capDepth(html), html);
});

it('blanks tags deeper than the limit, keeping the text and every offset', () => {
  const html = '<div>'.repeat(10) + 'deep text' + '</div>'.repeat(10);
  const capped = capDepth(html, 4);
  assert.equal(capped.length, html.length);
  assert.equal(capped.indexOf('deep text'), html.indexOf('deep text'));
  assert.equal((capped.match(/<div>/g) ?? []).length, 4);
  assert.equal((capped.match(/<\/div>/g) ?? []).length, 4);
});

it('extracts the text of a page nested 40,000 deep', () => {
  const n = 40_000;
  const html = '<html><body>' + '<div><span>'.repeat(n / 2) + '<p>The minister said the talks in Geneva would continue next week.</p>' + '</span></div>'.repeat(n / 2) + '</body></html>';
  const ex = extractString(html, 'html');
  assert.match(ex.text, /talks in Geneva/);
});

it('keeps every offset after a letter whose lower case is longer ("İ")', () => {
  const html = '<p>İstanbul İzmir</p>' + '<div>'.repeat(10) + '<script>x</script>deep' + '</div>'.repeat(10);
  const capped = capDepth(html, 4);
  assert.equal(capped.length, html.length);
  assert.equal(capped.indexOf('deep'), html.indexOf('deep'));
  assert.equal(capped.slice(0, 20), html.slice(0, 20));
  assert.equal((capped.match(/<div>/g) ?? []).length, 4);
});
