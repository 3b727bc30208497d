/**
 * A second process for lock tests: opens the workspace given as argument, prints "ready", and
 * keeps it open until killed or until stdin closes.
 */
import { openWorkspace } from '../../src/main/db/open-workspace';

const path = process.argv[2];
if (!path) throw new Error('usage: hold-workspace <file>');
const handle = await openWorkspace(path);
process.stdout.write(`ready ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void handle.close().then(() => process.exit(0));
});
