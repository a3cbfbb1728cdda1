// Packs models/kb.json.gz (the rows build-kb.ts writes) into models/kb.bin, the binary file the
// pipeline loads (src/entities/kb/packed.ts). Needs no ../shared/data.
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultKbPath, defaultKbRowsPath, parseKbFile } from '../src/entities/kb/load.js';
import { packKb } from '../src/entities/kb/packed.js';

export function packKbFile(from = defaultKbRowsPath(), to = defaultKbPath()): void {
  const kb = parseKbFile(readFileSync(from));
  const bin = packKb(kb);
  writeFileSync(to, bin);
  console.log(`pack-kb: ${kb.size} entries -> ${to} (${(bin.length / 1024).toFixed(0)} KiB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) packKbFile();
