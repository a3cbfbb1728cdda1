import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { Element, Text, type AnyNode } from 'domhandler';
import { parseHtml } from './html-parse.js';

const PAGE = `<!doctype html><html lang="en"><head><title>A &amp; B</title><style>p{}</style>
<script>var x = "<p>";</script></head><body><!-- note --><article class="post"><h1>Fish &amp; chips</h1>
<p>One&nbsp;two <a href="/x">three</a> &lt;four&gt;<br>five</p><ul><li>six<li>seven</ul></article></body></html>`;

/** Every field the extractor reads, for every node, in document order. */
function shape(n: AnyNode, out: unknown[] = []): unknown[] {
  const e = n as Partial<Element> & Partial<Text>;
  out.push([n.type, e.name, e.attribs, e.data, n.startIndex, n.endIndex, n.parent?.type, n.prev?.type, n.next?.type]);
  if ('children' in n) for (const c of (n as Element).children) shape(c, out);
  return out;
}

test('the lean parse builds the same tree as htmlparser2, with the same offsets, prototypes and getters', () => {
  const lean = parseHtml(PAGE);
  const ref = parseDocument(PAGE, { withStartIndices: true, withEndIndices: true });
  assert.deepEqual(shape(lean), shape(ref));
  const html = lean.children.find((c) => c instanceof Element) as Element;
  assert.ok(html instanceof Element);
  assert.equal(html.tagName, 'html');
  assert.equal(html.firstChild?.type, 'tag');
});
