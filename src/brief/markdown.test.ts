import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clip } from './markdown.js';

test('clip cuts at a word boundary near the limit and marks the cut', () => {
  assert.equal(clip('while walking the expo hall and sitting in', 36), 'while walking the expo hall and…');
  assert.equal(clip('short  text', 36), 'short text');
  // no space near the limit: cut inside the word rather than lose most of the text
  assert.equal(clip('a verylongwordwithoutanyspacesatall', 20), 'a verylongwordwitho…');
});
