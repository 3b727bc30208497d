/**
 * The writer of the crash test (tests/reliability/crash.test.ts): opens a workspace as the app does
 * and writes through dispatch and the services, printing one acknowledgement line after each
 * transaction has committed, until the parent kills it with SIGKILL.
 *
 *   node --import tsx tests/reliability/crash-writer.ts <file> <first-marker>
 *
 * Three kinds of transaction, in turn, each carrying a unique marker k:
 *   org   organisations:update (the organisation row + an audit entry)           → "ack org <k> <orgId>"
 *   pop   members:setPopulation (a metric row + an audit entry)                  → "ack pop <k> <orgId> <year>"
 *   batch one transaction setting metric crash_batch = k for every organisation
 *         with a bulky source text (hundreds of rows, many pages) + one audit entry → "ack batch <k>"
 */
import { dispatch } from '../../src/main/api/dispatch';
import type { HandlerMap } from '../../src/main/api/handler-map';
import type { AppContext } from '../../src/main/workspace/app-context';
import { membersHandlers } from '../../src/main/handlers/members.handlers';
import { organisationsHandlers } from '../../src/main/handlers/organisations.handlers';
import { insertAuditEntry } from '../../src/main/repositories/audit.repository';
import { upsertMetricValue } from '../../src/main/repositories/metric.repository';
import { WorkspaceSession } from '../../src/main/workspace/session';

const BATCH_METRIC = 'crash_batch';
const BATCH_YEAR = 2150;
const POP_FIRST_YEAR = 2100;
const POP_YEARS = 40;

const [file, firstMarker] = process.argv.slice(2);
if (!file || !firstMarker) throw new Error('usage: crash-writer <file> <first-marker>');

// Only the channels this writer uses: the crash test must not depend on areas still being built.
const handlers = { ...membersHandlers, ...organisationsHandlers } as unknown as HandlerMap<AppContext>;
const session = new WorkspaceSession();
await session.open(file);
const ctx: AppContext = { session };
const ids = (await session.db.selectFrom('organisations').select('id').orderBy('id').execute()).map((row) => row.id);
const say = (line: string): void => void process.stdout.write(`${line}\n`);
say(`ready ${process.pid} ${ids.length}`);

async function call(channel: string, input: unknown): Promise<void> {
  const result = await dispatch(handlers, ctx, channel, input, () => undefined);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
}

const bulk = 'x'.repeat(300);
for (let k = Number(firstMarker); ; k++) {
  const orgId = ids[k % ids.length]!;
  switch (k % 3) {
    case 0:
      await call('organisations:update', { id: orgId, notes: `crash-${k}` });
      say(`ack org ${k} ${orgId}`);
      break;
    case 1: {
      const year = POP_FIRST_YEAR + (k % POP_YEARS);
      await call('members:setPopulation', { organisationId: orgId, year, value: k, referenceDate: `${year}-01-01`, source: `crash-${k}` });
      say(`ack pop ${k} ${orgId} ${year}`);
      break;
    }
    default:
      await session.db.transaction().execute(async (trx) => {
        for (const id of ids) {
          await upsertMetricValue(trx, { organisationId: id, metric: BATCH_METRIC, year: BATCH_YEAR, value: k, referenceDate: `${BATCH_YEAR}-01-01`, source: `crash-${k} ${bulk}` });
        }
        await insertAuditEntry(trx, { at: new Date().toISOString(), entity: BATCH_METRIC, entityId: null, action: 'update', before: 'null', after: JSON.stringify({ marker: k, rows: ids.length }) });
      });
      say(`ack batch ${k}`);
  }
}
