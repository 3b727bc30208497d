/**
 * `andel serve --workspace <file> [--listen host:port] [--tls-cert <pem> --tls-key <pem>]`: the
 * Andel server for a shared workspace (src/main/server; docs/server.md). Runs until Ctrl+C or
 * SIGTERM, then closes the workspace.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AndelError, ref } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import { postgresLabel } from '../../db/postgres/open-postgres-workspace';
import { startAndelServer } from '../../server/http-server';
import { isPostgresUrl, workspaceOpener } from '../../server/served-workspace';
import { listUsers } from '../../server/users';
import { openWorkspaceOrDatabase } from './users.command';
import { cliLanguage } from '../cli-error';
import type { CliIo } from '../cli-io';
import { commandDescription } from '../command-table';

export const DEFAULT_LISTEN = '127.0.0.1:8080';

/** host:port (an IPv6 host in brackets: [::1]:8080). */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/u.exec(value);
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65535) throw new AndelError('INVALID_INPUT', ref('error.server.badListen', { value }));
  return { host: match[1] ?? match[2]!, port };
}

/** The built renderer: out/renderer of the package this module runs from (src/main/cli/commands, or out/cli when built). */
export function defaultRendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), 'out', 'renderer');
    dir = parent;
  }
}

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(commandDescription('serve'))
    .requiredOption('--workspace <file|url>', 'the workspace file to share, or a PostgreSQL database holding one (postgresql://…)')
    .option('--listen <host:port>', 'the address to listen on', DEFAULT_LISTEN)
    .option('--tls-cert <pem>', 'the TLS certificate (PEM); with --tls-key the server speaks HTTPS')
    .option('--tls-key <pem>', 'the TLS private key (PEM)')
    .option('--trust-proxy', 'behind a reverse proxy: take the client address (for log-in throttling) from X-Forwarded-For')
    .option('--renderer <folder>', 'the built renderer (default: out/renderer)')
    .action(async (options: { workspace: string; listen: string; tlsCert?: string; tlsKey?: string; trustProxy?: boolean; renderer?: string }) => {
      const language = cliLanguage(process.argv.slice(2), process.env);
      const { host, port } = parseListen(options.listen);
      if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) throw new AndelError('INVALID_INPUT', ref('error.server.tlsPair'));
      const tls = options.tlsCert && options.tlsKey ? { cert: readFileSync(options.tlsCert), key: readFileSync(options.tlsKey) } : undefined;
      const rendererDir = options.renderer ? resolve(options.renderer) : defaultRendererDir();
      if (!existsSync(join(rendererDir, 'index.html'))) throw new AndelError('FILE_ERROR', ref('error.server.noRenderer', { path: rendererDir }));
      const workspace = isPostgresUrl(options.workspace) ? options.workspace : resolve(options.workspace);
      const opened = await openWorkspaceOrDatabase(workspace);
      const users = await listUsers(opened.db).finally(() => opened.close());
      if (users.length === 0) io.err(`${translate(language, 'server.cli.noUsers', { file: options.workspace })}\n`);
      const server = await startAndelServer({ rendererDir, openWorkspace: workspaceOpener(workspace), host, port, ...(tls ? { tls } : {}), trustProxy: options.trustProxy ?? false });
      io.out(`${translate(language, 'server.cli.serving', { file: isPostgresUrl(workspace) ? postgresLabel(workspace) : workspace, url: server.url })}\n`);
      if (!tls) io.err(`${translate(language, 'server.cli.plainHttp')}\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          done();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
      io.out(`${translate(language, 'server.cli.stopped')}\n`);
    });
}
