/**
 * Which figures a CLI export holds when the user names a scenario (`--draft`, `--snapshot`): the
 * choice and its wording belong to the command line; the export services take the chosen source.
 */
import type { Kysely } from 'kysely';
import { fieldError, ref, type MessageParam, type MessageRef } from '../../shared/errors';
import type { Database } from '../db/database.types';
import type { ExportSource } from '../services/exports/annex-export.service';
import { listSnapshots } from '../services/scenarios/snapshot.service';

/**
 * The source of a scenario export when the caller names a scenario (the CLI): `draft` forces the
 * stored scenario; `snapshot` is a snapshot id of this scenario or `latest`; otherwise the latest
 * snapshot when the scenario has been adopted, else the stored scenario as a draft (`notice` says so).
 */
export async function chooseExportSource(
  db: Kysely<Database>,
  scenario: { id: number; name: string },
  options: { snapshot?: string | undefined; draft?: boolean | undefined },
): Promise<{ source: ExportSource; notice: MessageRef | null }> {
  if (options.draft && options.snapshot !== undefined) throw fieldError('INVALID_INPUT', '--snapshot', 'error.source.draftAndSnapshot');
  if (options.draft) return { source: { scenarioId: scenario.id }, notice: null };
  const snapshots = await listSnapshots(db, { scenarioId: scenario.id });
  const latest = snapshots[snapshots.length - 1];
  if (options.snapshot === undefined) {
    if (latest) return { source: { snapshotId: latest.id }, notice: null };
    return { source: { scenarioId: scenario.id }, notice: ref('cli.draftNotice', { name: scenario.name }) };
  }
  const available: MessageParam = snapshots.length > 0 ? snapshots.map((s) => String(s.id)).join(', ') : ref('error.source.noneAdopted');
  if (options.snapshot.toLowerCase() === 'latest') {
    if (!latest) throw fieldError('NOT_FOUND', '--snapshot', 'error.source.noSnapshot', { name: scenario.name });
    return { source: { snapshotId: latest.id }, notice: null };
  }
  const id = /^\d+$/u.test(options.snapshot) ? Number(options.snapshot) : NaN;
  if (!snapshots.some((s) => s.id === id)) {
    throw fieldError('NOT_FOUND', '--snapshot', 'error.source.notASnapshot', { given: options.snapshot, name: scenario.name, available });
  }
  return { source: { snapshotId: id }, notice: null };
}
