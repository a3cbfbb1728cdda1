import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from './args.js';
import { run } from './serve.js';

test('serve refuses bad options before starting', async () => {
  await assert.rejects(run(['--port', 'http']), UsageError);
  await assert.rejects(run(['--port', '70000']), UsageError);
  await assert.rejects(run(['--token', 'short']), UsageError);
  await assert.rejects(run(['--max-body', '0']), UsageError);
  await assert.rejects(run(['--no-such-option']), UsageError);
});
