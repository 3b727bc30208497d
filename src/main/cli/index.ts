/**
 * Entry point of the `andel` command line (built into out/cli/cli.cjs by scripts/build-cli.mjs and
 * started by launch.ts; run as `andel …` once installed, or `npm run andel -- …`). Errors end as a
 * message on stderr and a non-zero exit code; a stack trace only with ANDEL_DEBUG=1.
 */
import { osUserName, setProcessActor } from '../db/audit-actor';
import { onWorkspaceWarning } from '../db/workspace-warnings';
import { processIo } from './cli-io';
import { runCli } from './program';

// A command runs for a fraction of a second (launch.ts raises V8's tiering budget for that reason),
// so zod checks input without compiling a parser per schema (its `new Function` fast path pays off
// after many parses of one schema; a command parses each a handful of times).
// Read by zod when it builds a schema, so it must be set before the first schema module loads.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };

// `npm run andel` starts in the project folder; relative paths mean the folder the user typed in.
const initCwd = process.env['INIT_CWD'];
if (process.env['npm_lifecycle_event'] === 'andel' && initCwd) process.chdir(initCwd);

// Changes made from the command line are audited as the operating-system user, as in the app.
setProcessActor(osUserName());

// A workspace file on a network share: said on stderr, in the reader's language (the command still runs).
const argv = process.argv.slice(2);
onWorkspaceWarning((warning) => {
  void Promise.all([import('./cli-error'), import('./workspace-warning')]).then(([{ cliLanguage }, { workspaceWarningLine }]) =>
    processIo.err(workspaceWarningLine(warning, cliLanguage(argv, process.env))),
  );
});

void runCli(argv, processIo, process.env['ANDEL_DEBUG'] === '1').then((code) => {
  process.exitCode = code;
});
