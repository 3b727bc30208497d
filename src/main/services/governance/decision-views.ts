/**
 * Register rows as the screens, the CLI and the meeting pack show them: display number, names
 * next to ids, what each link points at, who supersedes whom, and the status steps still open.
 */
import type { DecisionLinkView, DecisionRow } from '../../../shared/api/channels/governance.channels';
import { allowedTransitions, supersedingDecisionIds } from '../../../shared/governance/decision-status';
import { parseJsonColumn } from '../../document/canonical-json';
import { listAgendaItems } from '../../repositories/agenda.repository';
import { listAgreements } from '../../repositories/agreement.repository';
import { listBodies } from '../../repositories/body.repository';
// The register's reads, as decision.service imports them too: views and writes share one repository.
import {
  listDecisionLinks,
  listDecisions,
  listKeyHeads,
  listLinksTargeting,
  listScenarioHeads,
  listSnapshotHeads,
  type DecisionLinkRow,
  type DecisionRow as StoredDecision,
} from '../../repositories/decision.repository';
import { listMeetings } from '../../repositories/meeting.repository';
import { listPersons } from '../../repositories/person.repository';
import { rowVersionsOf } from '../../repositories/row-version';
import type { Db } from './body-common';
import type { DecisionLinkKind, DecisionStatus, MeetingStatus } from '../../../shared/document/workspace-document.schema';

export function tagsOf(decision: Pick<StoredDecision, 'tags'>): string[] {
  const parsed = parseJsonColumn(decision.tags);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

export async function buildDecisionRows(db: Db, decisions: readonly StoredDecision[]): Promise<DecisionRow[]> {
  if (decisions.length === 0) return [];
  const ids = decisions.map((d) => d.id);
  const [links, incoming, bodies, persons, versions] = await Promise.all([listDecisionLinks(db, ids), listLinksTargeting(db, ids), listBodies(db), listPersons(db), rowVersionsOf(db, 'decisions', ids)]);
  const meetingIds = [...new Set(decisions.flatMap((d) => (d.meetingId === null ? [] : [d.meetingId])))];
  const [meetings, items] = await Promise.all([meetingIds.length > 0 ? listMeetings(db) : Promise.resolve([]), listAgendaItems(db, meetingIds)]);
  const idsOf = (pick: (l: DecisionLinkRow) => number | null): number[] => [...new Set(links.flatMap((l) => (pick(l) === null ? [] : [pick(l) as number])))];
  const [agreements, keys, snapshots] = await Promise.all([
    listAgreements(db, { ids: idsOf((l) => l.agreementId) }),
    listKeyHeads(db, idsOf((l) => l.keyId)),
    listSnapshotHeads(db, idsOf((l) => l.snapshotId)),
  ]);
  const scenarios = await listScenarioHeads(db, [...new Set(snapshots.map((s) => s.scenarioId))]);
  const relatedIds = [...new Set([...idsOf((l) => l.targetDecisionId), ...incoming.map((l) => l.decisionId)])];
  const related = relatedIds.length > 0 ? await listDecisions(db) : [];
  const decisionById = new Map([...related, ...decisions].map((d) => [d.id, d]));

  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const personName = new Map(persons.map((p) => [p.id, p.name]));
  const meetingTitle = new Map(meetings.map((m) => [m.id, m.title]));
  const meetingStatus = new Map(meetings.map((m) => [m.id, m.status as MeetingStatus]));
  const itemTitle = new Map(items.map((i) => [i.id, i.title]));
  const agreementTitle = new Map(agreements.map((a) => [a.id, a.title]));
  const keyLabel = new Map(keys.map((k) => [k.id, `${k.name} v${k.version}`]));
  const scenarioName = new Map(scenarios.map((s) => [s.id, s.name]));
  const snapshotLabel = new Map(snapshots.map((s) => [s.id, `${scenarioName.get(s.scenarioId) ?? `scenario ${s.scenarioId}`} (${s.contentHash.slice(0, 12)})`]));

  const labelOf = (link: DecisionLinkRow): string => {
    switch (link.kind) {
      case 'adopts_snapshot':
        return link.snapshotId === null ? '?' : (snapshotLabel.get(link.snapshotId) ?? `snapshot ${link.snapshotId}`);
      case 'adopts_agreement':
        return link.agreementId === null ? '?' : (agreementTitle.get(link.agreementId) ?? `agreement ${link.agreementId}`);
      case 'adopts_key':
        return link.keyId === null ? '?' : (keyLabel.get(link.keyId) ?? `key ${link.keyId}`);
      default:
        return link.targetDecisionId === null ? '?' : (decisionById.get(link.targetDecisionId)?.number ?? `decision ${link.targetDecisionId}`);
    }
  };

  return decisions.map((d): DecisionRow => {
    const status = d.status as DecisionStatus;
    const body = bodyById.get(d.bodyId);
    const linkViews: DecisionLinkView[] = links
      .filter((l) => l.decisionId === d.id)
      .map((l) => ({
        id: l.id,
        kind: l.kind as DecisionLinkKind,
        snapshotId: l.snapshotId,
        agreementId: l.agreementId,
        keyId: l.keyId,
        targetDecisionId: l.targetDecisionId,
        label: labelOf(l),
      }));
    return {
      id: d.id,
      bodyId: d.bodyId,
      bodyName: body?.name ?? '',
      cooperationId: body?.cooperationId ?? 0,
      year: d.year,
      sequence: d.sequence,
      number: d.number,
      decidedOn: d.decidedOn,
      meetingId: d.meetingId,
      meetingTitle: d.meetingId === null ? null : (meetingTitle.get(d.meetingId) ?? null),
      meetingStatus: d.meetingId === null ? null : (meetingStatus.get(d.meetingId) ?? null),
      agendaItemId: d.agendaItemId,
      agendaItemTitle: d.agendaItemId === null ? null : (itemTitle.get(d.agendaItemId) ?? null),
      title: d.title,
      text: d.text,
      status,
      allowedTransitions: [...allowedTransitions(status)],
      ownerPersonId: d.ownerPersonId,
      ownerName: d.ownerPersonId === null ? null : (personName.get(d.ownerPersonId) ?? null),
      reviewOn: d.reviewOn,
      tags: tagsOf(d),
      links: linkViews,
      rowVersion: versions.get(d.id) ?? 1,
      supersededBy: supersedingDecisionIds(d.id, incoming).map((id) => {
        const other = decisionById.get(id);
        return { id, number: other?.number ?? `#${id}`, status: (other?.status ?? 'proposed') as DecisionStatus };
      }),
    };
  });
}
