import { analyzeRaw } from '../analyze.js';
import { InputError } from '../core/errors.js';
import { openStore } from '../server/open-store.js';
import { createDossierServer, DEFAULT_MAX_BODY, listen, LOOPBACK_HOSTS } from '../server/server.js';
import { loadUrlFetcher } from '../server/url-fetcher.js';
import { parse, UsageError } from './args.js';
import { readInput, reportFailure } from './inputs.js';

const HELP = `usage: dossier serve [FILE...] [--db URL] [--port N] [--host H] [--token T] [--max-body MB]

The HTTP API (under /api, described at /api/openapi.json) and the web app (at /).
Files given are analysed and added to the corpus at start.

  --db        the corpus store (sqlite:PATH or postgres://...); without it the corpus is
              kept in memory and lost when the server stops
  --port      the port (default 8080; 0 picks a free one)
  --host      the address to listen on (default 127.0.0.1: this machine only)
  --token     require "Authorization: Bearer T" on every API call (or set DOSSIER_TOKEN)
  --max-body  the largest request body accepted, in MB (default ${DEFAULT_MAX_BODY >> 20})`;

const isLoopback = (h: string) => h === 'localhost' || h === '::1' || /^127\./.test(h);

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    port: { type: 'string', short: 'p', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string' },
    'max-body': { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
  let maxBody = DEFAULT_MAX_BODY;
  if (values['max-body'] !== undefined) {
    const mb = Number(values['max-body']);
    if (!(mb > 0 && mb <= 1024)) throw new UsageError(`--max-body must be a size in MB between 0 and 1024, got "${values['max-body']}"`);
    maxBody = Math.round(mb * 1024 * 1024);
  }
  const token = values.token ?? process.env.DOSSIER_TOKEN ?? null;
  if (token !== null && token.length < 8) throw new UsageError('the token must be at least 8 characters long');

  let store;
  try {
    store = await openStore(values.db);
  } catch (e) {
    process.stderr.write(`dossier serve: cannot open the store: ${(e as Error).message}\n`);
    return 1;
  }
  let failed = 0;
  for (const name of positionals) {
    const r = await readInput(name);
    if (!r.ok) {
      reportFailure('serve', r.reason);
      failed++;
      continue;
    }
    try {
      await store.addDocument({ brief: analyzeRaw(r.input), raw: r.input.bytes, name });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reportFailure('serve', e.message);
      failed++;
    }
  }
  if (positionals.length) process.stderr.write(`dossier serve: ${positionals.length - failed} of ${positionals.length} files added\n`);

  const server = createDossierServer({
    store,
    token,
    maxBodyBytes: maxBody,
    fetcher: await loadUrlFetcher(),
    allowedHosts: isLoopback(values.host) ? LOOPBACK_HOSTS : [],
  });
  let address;
  try {
    address = await listen(server, Number(values.port), values.host);
  } catch (e) {
    process.stderr.write(`dossier serve: cannot listen on ${values.host}:${values.port}: ${(e as Error).message}\n`);
    await store.close();
    return 1;
  }
  const shown = address.url.replace('://127.0.0.1:', '://localhost:');
  process.stdout.write(`dossier serve: ${shown}/${token ? '#token=<your token>' : ''}  (API: ${shown}/api/openapi.json; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
