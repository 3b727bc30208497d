/**
 * A process for the lock race (lock-race.test.ts). Reads commands on stdin, one per line:
 *   `open <file>`  tries to open the workspace as the app does; prints `won` or `lost <code>`;
 *   `close`        closes what it opened; prints `closed`.
 * Prints `ready` first. Two of these receive `open` at the same moment, round after round.
 */
import { createInterface } from 'node:readline';
import { openWorkspace, type WorkspaceHandle } from '../../src/main/db/open-workspace';

let handle: WorkspaceHandle | null = null;
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  const [command, file] = line.split(' ');
  if (command === 'open' && file) {
    try {
      handle = await openWorkspace(file);
      process.stdout.write('won\n');
    } catch (error) {
      process.stdout.write(`lost ${(error as { code?: string }).code ?? 'unknown'}\n`);
    }
  } else if (command === 'close') {
    await handle?.close();
    handle = null;
    process.stdout.write('closed\n');
  }
}
await handle?.close();
