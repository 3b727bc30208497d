/**
 * Entry point of `npm run andel -- <command>`. Errors end as a message on stderr and a non-zero
 * exit code; a stack trace only with ANDEL_DEBUG=1.
 */
import { processIo } from './cli-io';
import { runCli } from './program';

const code = await runCli(process.argv.slice(2), processIo, process.env.ANDEL_DEBUG === '1');
process.exitCode = code;
