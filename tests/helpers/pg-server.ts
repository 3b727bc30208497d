/**
 * A real PostgreSQL server for the tests: ANDEL_TEST_PG_URL when set (a role that may CREATE
 * DATABASE, e.g. postgres://andel@127.0.0.1:5432/postgres), otherwise a throwaway cluster started
 * from this machine's PostgreSQL binaries in a temporary folder, listening only on a unix socket
 * there, stopped when the process exits. Each test gets a fresh database of its own.
 *
 * When neither is possible: under CI=true that is a failure; otherwise one visible line says why
 * the PostgreSQL half did not run (never a silent skip).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir } from '../../scripts/vitest-postgres-project';

export { postgresBinDir };

export interface PgCluster {
  /** A URL to the cluster's `postgres` database, for CREATE DATABASE. */
  readonly adminUrl: string;
  stop(): void;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function runPg(bin: string, tool: string, args: string[]): void {
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
}

function postgresUid(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** initdb + pg_ctl start in a new temporary folder; the server listens on a unix socket only. */
export function startPgCluster(bin: string): PgCluster {
  const root = mkdtempSync(join(tmpdir(), 'andel-pg-'));
  chmodSync(root, 0o755);
  if (isRoot()) {
    const { uid, gid } = postgresUid();
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  const stop = (): void => {
    try {
      runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    runPg(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    // Throwaway data: no fsync. Enough connections for the concurrency tests.
    const serverOptions = `-c listen_addresses='' -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
    runPg(bin, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  stopWhenGone(bin, root, process.pid);
  return { adminUrl: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(root)}`, stop };
}

/**
 * Stops the cluster when process `pid` is gone, however it ended (a test worker is often killed
 * rather than left to exit): a detached shell polls it once a second.
 */
function stopWhenGone(bin: string, root: string, pid: number): void {
  const pgCtl = join(bin, 'pg_ctl');
  const stopCommand = isRoot() ? `runuser -u postgres -- '${pgCtl}'` : `'${pgCtl}'`;
  const script = `while kill -0 ${pid} 2>/dev/null; do sleep 1; done; ${stopCommand} -D '${root}/data' -m immediate -w stop >/dev/null 2>&1; rm -rf '${root}'`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const [base = '', query] = url.split('?', 2);
  const swapped = base.replace(/\/[^/]*$/u, `/${database}`);
  return query === undefined ? swapped : `${swapped}?${query}`;
}

let cluster: PgCluster | null = null;
let unavailable: string | null = null;

/**
 * The admin URL of the server the tests use, starting a throwaway cluster once per process when
 * ANDEL_TEST_PG_URL is not set; null (after one visible line) when there is none, and a thrown
 * error instead under CI=true.
 */
export function testPgAdminUrl(): string | null {
  const given = process.env.ANDEL_TEST_PG_URL;
  if (given) return given;
  if (cluster) return cluster.adminUrl;
  if (unavailable === null) {
    const bin = postgresBinDir();
    if (!bin) unavailable = 'no PostgreSQL binaries found (install Debian\'s postgresql, or set ANDEL_TEST_PG_URL)';
    else {
      try {
        cluster = startPgCluster(bin);
        const started = cluster;
        process.once('exit', () => started.stop());
        return started.adminUrl;
      } catch (error) {
        unavailable = `could not start PostgreSQL from ${bin}: ${(error as Error).message.split('\n')[0] ?? ''}`;
      }
    }
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true: ${unavailable}`);
    console.warn(`⚠ The PostgreSQL half of the tests did not run: ${unavailable}.`);
  }
  return null;
}

let counter = 0;

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withAdmin(adminUrl, async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

export async function renameDatabase(adminUrl: string, from: string, to: string): Promise<void> {
  await withAdmin(adminUrl, (client) => client.query(`ALTER DATABASE ${from} RENAME TO ${to}`));
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * A new database (UTF8, C collation) on the test server, empty or a copy of `template`; its URL
 * and a way to drop it. Names are made here, never from input.
 */
export async function createTestDatabase(adminUrl: string, template = 'template0'): Promise<TestDatabase> {
  // The run's id (pg-global-setup.ts) lets the end of the run drop whatever a killed test left.
  const name = `andel_t_${process.env.ANDEL_TEST_RUN_ID ?? 'solo'}_${process.pid}_${Date.now().toString(36)}_${(counter += 1)}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
