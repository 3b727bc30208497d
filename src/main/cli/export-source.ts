/**
 * Which figures a CLI export holds when the user names a scenario (`--draft`, `--snapshot`): the
 * choice and its wording belong to the command line; the export services take the chosen source.
 */
import type { Kysely } from 'kysely';
import { AndelError } from '../../shared/errors';
import type { Database } from '../db/database.types';
import type { ExportSource } from '../services/annex-export.service';
import { listSnapshots } from '../services/snapshot.service';

/**
 * The source of a scenario export when the caller names a scenario (the CLI): `draft` forces the
 * stored scenario; `snapshot` is a snapshot id of this scenario or `latest`; otherwise the latest
 * snapshot when the scenario has been adopted, else the stored scenario as a draft (`notice` says so).
 */
export async function chooseExportSource(
  db: Kysely<Database>,
  scenario: { id: number; name: string },
  options: { snapshot?: string | undefined; draft?: boolean | undefined },
): Promise<{ source: ExportSource; notice: string | null }> {
  if (options.draft && options.snapshot !== undefined) throw new AndelError('INVALID_INPUT', '--draft and --snapshot exclude each other: a draft is the stored scenario, not a snapshot.', [{ path: '--snapshot', message: 'not with --draft' }]);
  if (options.draft) return { source: { scenarioId: scenario.id }, notice: null };
  const snapshots = await listSnapshots(db, { scenarioId: scenario.id });
  const latest = snapshots[snapshots.length - 1];
  if (options.snapshot === undefined) {
    if (latest) return { source: { snapshotId: latest.id }, notice: null };
    return { source: { scenarioId: scenario.id }, notice: `"${scenario.name}" has not been adopted (it has no snapshot), so this export is a DRAFT of the stored scenario, marked as such on every sheet.` };
  }
  const available = snapshots.map((s) => String(s.id)).join(', ') || 'none (the scenario has not been adopted)';
  if (options.snapshot.toLowerCase() === 'latest') {
    if (!latest) throw new AndelError('NOT_FOUND', `--snapshot: "${scenario.name}" has no snapshot: it has not been adopted. Leave out --snapshot to export a draft.`, [{ path: '--snapshot', message: 'no snapshot' }]);
    return { source: { snapshotId: latest.id }, notice: null };
  }
  const id = /^\d+$/u.test(options.snapshot) ? Number(options.snapshot) : NaN;
  if (!snapshots.some((s) => s.id === id)) {
    throw new AndelError('NOT_FOUND', `--snapshot: "${options.snapshot}" is not a snapshot of "${scenario.name}". Snapshots: ${available}; or "latest".`, [{ path: '--snapshot', message: 'no such snapshot of the scenario' }]);
  }
  return { source: { snapshotId: id }, notice: null };
}
