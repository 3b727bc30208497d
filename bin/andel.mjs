#!/usr/bin/env node
// The `andel` command: runs the command line built into out/cli/ (scripts/build-cli.mjs), or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/andel.mjs', import.meta.url));
if (!existsSync(built)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`andel: the command line has not been built (${built} is missing).\n  Build it in ${root} with: npm run build:cli   (npm install also builds it)\n`);
  process.exitCode = 70;
} else {
  await import(pathToFileURL(built).href);
}
