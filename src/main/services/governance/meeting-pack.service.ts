/**
 * The meeting pack of one meeting: the agenda with times, each decision proposal with its text
 * and, for proposals that adopt a scenario, who pays what. `buildMeetingPack` returns it as data
 * (the app's print view); `exportMeetingPack` writes the same content as a workbook and logs it.
 */
import type { Kysely } from 'kysely';
import type { MeetingPack, MeetingPackProposal, WrittenFile } from '../../../shared/api/channels/governance.channels';
import type { Database } from '../../db/database.types';
import { meetingPackLabels } from '../../export/meeting-pack/meeting-pack-labels';
import { buildMeetingPackWorkbook } from '../../export/meeting-pack/meeting-pack.export';
import { workbookToBuffer } from '../../export/xlsx/workbook-output';
import { listDecisionLinks, listDecisions } from '../../repositories/decision.repository';
import { getMeta } from '../../repositories/meta.repository';
import type { Db } from './body-common';
import { exportStem } from '../../files/export-naming';
import { saveLoggedExport } from '../../files/logged-export';
import type { Clock } from '../clock';
import { proposedScenarioSummary, scenarioSummary } from './meeting-pack-scenario';
import { buildMeetingView } from './meeting-views';
import type { ParsedInputOf } from '../service-types';

type Language = MeetingPack['language'];

async function packIn(db: Db, meetingId: number, language: Language | undefined): Promise<MeetingPack> {
  const meta = await getMeta(db);
  const lang: Language = language ?? (meta.locale === 'nb' || meta.locale === 'en' ? meta.locale : 'sv');
  const meeting = await buildMeetingView(db, meetingId);
  const decisions = await listDecisions(db, { meetingId });
  const links = await listDecisionLinks(db, decisions.map((d) => d.id));
  const proposals: MeetingPackProposal[] = [];
  for (const item of meeting.agenda.filter((i) => i.kind === 'decision')) {
    const entries = decisions.filter((d) => d.agendaItemId === item.id);
    const proposal = entries.find((d) => d.status === 'proposed') ?? entries[0];
    const snapshotLink = links.find((l) => entries.some((d) => d.id === l.decisionId) && l.kind === 'adopts_snapshot' && l.snapshotId !== null);
    proposals.push({
      agendaItemId: item.id,
      ordinal: item.ordinal,
      title: item.title,
      // The agenda's "proposal" field is the förslag till beslut; a registered proposal's text stands in when it is empty.
      text: item.proposal?.trim() ? item.proposal : (proposal?.text ?? ''),
      decisionNumber: proposal?.number ?? null,
      // An adopted snapshot first; otherwise the scenario the agenda item proposes, computed now.
      scenario: snapshotLink?.snapshotId
        ? await scenarioSummary(db, snapshotLink.snapshotId, lang)
        : item.proposalScenario
          ? await proposedScenarioSummary(db, item.proposalScenario.id, lang)
          : null,
    });
  }
  return { language: lang, labels: { ...meetingPackLabels(lang) }, meeting, proposals };
}

export async function buildMeetingPack(db: Kysely<Database>, input: ParsedInputOf<'meetings:pack'>): Promise<MeetingPack> {
  return db.transaction().execute((trx) => packIn(trx, input.meetingId, input.language));
}

/**
 * Writes the meeting pack where main decides: a new file in "Andel exports" next to the workspace
 * (never replacing one), complete before it takes its name and logged in the same step
 * (saveLoggedExport). The renderer names no path.
 */
export async function exportMeetingPack(db: Kysely<Database>, workspacePath: string | null, input: ParsedInputOf<'meetings:exportPack'>, clock: Clock): Promise<WrittenFile> {
  const pack = await db.transaction().execute((trx) => packIn(trx, input.meetingId, input.language));
  const exportedAt = clock();
  const written = await workbookToBuffer(buildMeetingPackWorkbook({ pack, exportedAt, draft: input.draft ?? pack.meeting.status === 'planned' }));
  const stem = exportStem([pack.labels['title'] ?? meetingPackLabels(pack.language).title, pack.meeting.startsAt.slice(0, 10), pack.meeting.title], pack.language, exportedAt);
  const file = await saveLoggedExport(db, workspacePath, { kind: 'meeting_pack', stem, written, exportedAt, snapshotId: null, scenarioId: null });
  return { path: file.path, bytes: file.bytes, sha256: file.sha256, exportId: file.id };
}
