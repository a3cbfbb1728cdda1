#!/usr/bin/env node
import { UsageError } from './args.js';
import { COMMANDS } from './commands.js';

function usage(): string {
  const lines = ['usage: dossier <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `dossier <command> --help` for a command\'s options.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('dossier 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`dossier: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`dossier ${name}: ${e.message}\nRun \`dossier ${name} --help\` for usage.\n`);
      return 2;
    }
    throw e;
  }
}

// Stop quietly when the reader of our output goes away (`dossier analyze x | head`).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`dossier: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 70;
  },
);
