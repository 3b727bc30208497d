/**
 * Global setup of the `postgres` vitest project: one PostgreSQL server for the whole run (the one
 * ANDEL_TEST_PG_URL names, or a throwaway cluster started here and stopped at the end), handed to
 * the test workers through ANDEL_TEST_PG_URL. At the end the run's databases are dropped, so a
 * server kept between runs does not fill up.
 */
import pg from 'pg';
import { postgresBinDir, startPgCluster, type PgCluster } from './pg-server';

async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE datname LIKE 'andel\\_t%' AND datname LIKE $1", [`%\\_${runId}\\_%`]);
    for (const { name } of found.rows) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export default function setup(): () => Promise<void> {
  let cluster: PgCluster | null = null;
  if (!process.env.ANDEL_TEST_PG_URL) {
    const bin = postgresBinDir();
    if (!bin) throw new Error("The postgres test project needs PostgreSQL: install Debian's postgresql or set ANDEL_TEST_PG_URL");
    cluster = startPgCluster(bin);
    process.env.ANDEL_TEST_PG_URL = cluster.adminUrl;
  }
  const adminUrl = process.env.ANDEL_TEST_PG_URL;
  const runId = `r${Date.now().toString(36)}`;
  process.env.ANDEL_TEST_RUN_ID = runId;
  return async () => {
    if (cluster) cluster.stop();
    else if (adminUrl) await dropRunDatabases(adminUrl, runId);
  };
}
