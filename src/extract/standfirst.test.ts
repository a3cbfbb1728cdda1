import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.js';

const LEAD = 'The annual meeting of the society brought together leading experts, thought leaders, researchers and clinicians from four continents to Orlando to showcase the latest in nutrition science and practice.';
const page = (description: string) => `<html><head><title>Five trends</title><meta name="description" content="${description}"></head>
<body><article><h1>Five trends</h1><p>${LEAD}</p><p>The second paragraph says something else entirely, at some length.</p></article></body></html>`;

test('a description cut short by the site becomes the whole lead paragraph', () => {
  assert.equal(extractHtml(page(LEAD.slice(0, 150))).meta.subtitle, LEAD);
  assert.equal(extractHtml(page(LEAD.slice(0, 150) + '...')).meta.subtitle, LEAD);
});

test('a description that is not the start of a lead paragraph is kept as written', () => {
  assert.equal(extractHtml(page('A standfirst of its own, written for the page and not taken from the text.')).meta.subtitle,
    'A standfirst of its own, written for the page and not taken from the text.');
  assert.equal(extractHtml(page('The annual meeting')).meta.subtitle, 'The annual meeting');
});

test('a description that ends a sentence is whole even when the paragraph goes on', () => {
  const first = LEAD.slice(0, LEAD.indexOf(' to Orlando')) + '.';
  const html = page(first).replace(`<p>${LEAD}</p>`, `<p>${first} By A. Writer on 19 December 2025</p>`);
  assert.equal(extractHtml(html).meta.subtitle, first);
});
