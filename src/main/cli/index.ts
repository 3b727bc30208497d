/**
 * Entry point of the `andel` command line (built into out/cli/andel.mjs by scripts/build-cli.mjs;
 * run as `andel …` once installed, or `npm run andel -- …`). Errors end as a message on stderr and a
 * non-zero exit code; a stack trace only with ANDEL_DEBUG=1.
 */
import { setFlagsFromString } from 'node:v8';
import { osUserName, setProcessActor } from '../db/audit-actor';
import { onWorkspaceWarning } from '../db/workspace-warnings';
import { processIo } from './cli-io';
import { runCli } from './program';

// A command runs for a fraction of a second. V8 tiers up every function that has run a little to its
// optimising compiler, on background threads, and for a one-off annex that costs more CPU than it saves
// (0.6 s → 0.4 s for a 358 × 10 annex; a batch of 20 also uses less). A budget 60 times the default
// leaves optimising to the really hot loops (a batch, a large consortium). A number V8 reads when it
// sets a function's budget, so changing it now is safe, unlike its GC flags. See docs/benchmarks.md.
setFlagsFromString('--interrupt-budget=4000000');
// For the same reason zod checks input without compiling a parser per schema (its `new Function`
// fast path pays off after many parses of one schema; a command parses each a handful of times).
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

const code = await runCli(argv, processIo, process.env['ANDEL_DEBUG'] === '1');
process.exitCode = code;
