/**
 * Run by storage-errors.test.ts as an unprivileged user (root ignores file permissions): opens the
 * workspace given as argument the way the app does and prints the outcome as one JSON line.
 */
import { WorkspaceSession } from '../../src/main/workspace/session';
import { AndelError } from '../../src/shared/errors';

const path = process.argv[2];
if (!path) throw new Error('usage: open-as-user <file>');
const session = new WorkspaceSession();
try {
  await session.open(path);
  await session.close();
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (error) {
  const result = error instanceof AndelError ? { ok: false, code: error.code, message: error.message } : { ok: false, code: 'RAW', message: String(error) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
