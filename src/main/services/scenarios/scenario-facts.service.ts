/**
 * Builds the engine's `facts` for a cooperation from the workspace: who takes part (role, joined,
 * left, invoiced via whom), each organisation's category and its metric series with reference
 * dates and sources. Also the keys a scenario of the cooperation may refer to.
 *
 * Member ids are `org-<organisation id>` (stable across export and import, since the document keeps
 * ids); a second participation of the same organisation gets `org-<id>-2`, and so on. Categories:
 * a municipality is `municipality`, every other kind is `other` — the fee tables of the sources only
 * tell municipalities from "other organisations".
 */
import type { MemberFactsInput, ScenarioFactsInput } from '../../../shared/calc';
import type { ScenarioMemberRef } from '../../../shared/api/channels/scenarios.channels';
import type { StudioDataWarning } from '../../../shared/api/channels/studio.channels';
import { notFoundError } from '../../../shared/errors';
import type { Db } from '../../db/db-handle';
export type { Db } from '../../db/db-handle';
import type { CooperationRow } from '../../db/database.types';
import { parseJsonColumn } from '../../document/canonical-json';
import { listKeyRows, type DistributionKeyRow } from '../../repositories/key.repository';
import { findOrganisation } from '../../repositories/organisation.repository';
import { findCooperationRow, listParticipantMetricValues, listParticipants } from '../../repositories/scenario.repository';

/** The engine member id of an organisation's n-th participation in a cooperation (1-based). */
export function memberIdFor(organisationId: number, n: number): string {
  return n === 1 ? `org-${organisationId}` : `org-${organisationId}-${n}`;
}

/**
 * The organisation behind a member id made by `memberIdFor`. Only for snapshots adopted before the
 * facts carried `organisationId`: a snapshot is frozen, so its member ids are the only record left.
 */
export function organisationOfMemberId(memberId: string): number | null {
  const match = /^org-(\d+)(?:-\d+)?$/.exec(memberId);
  return match ? Number(match[1]) : null;
}

export const categoryOfKind = (kind: string): string => (kind === 'municipality' ? 'municipality' : 'other');

const engineRole = (role: string): 'member' | 'observer' | 'administrative-party' =>
  role === 'observer' ? 'observer' : role === 'administrative_party' ? 'administrative-party' : 'member';

export interface CooperationFacts {
  cooperation: CooperationRow;
  facts: ScenarioFactsInput;
  /** Engine member id → organisation. */
  members: ScenarioMemberRef[];
  /** Organisation id → the member id of its first participation. */
  memberIdOf: Map<number, string>;
  /** Members invoiced via an organisation that is not an administrative party here (older data). */
  warnings: StudioDataWarning[];
}

export async function requireCooperation(db: Db, cooperationId: number): Promise<CooperationRow> {
  const cooperation = await findCooperationRow(db, cooperationId);
  if (!cooperation) throw notFoundError('cooperation', cooperationId);
  return cooperation;
}

export async function buildCooperationFacts(db: Db, cooperationId: number): Promise<CooperationFacts> {
  const cooperation = await requireCooperation(db, cooperationId);
  const [participants, metricRows] = await Promise.all([listParticipants(db, cooperationId), listParticipantMetricValues(db, cooperationId)]);

  const metricsByOrg = new Map<number, NonNullable<MemberFactsInput['metrics']>>();
  for (const row of metricRows) {
    const metrics = metricsByOrg.get(row.organisationId) ?? {};
    const series = (metrics[row.metric] ??= {});
    series[String(row.year)] = row.source === null ? { value: row.value, referenceDate: row.referenceDate } : { value: row.value, referenceDate: row.referenceDate, source: row.source };
    metricsByOrg.set(row.organisationId, metrics);
  }

  const memberIdOf = new Map<number, string>();
  const seen = new Map<number, number>();
  const ids = participants.map((p) => {
    const n = (seen.get(p.organisationId) ?? 0) + 1;
    seen.set(p.organisationId, n);
    const id = memberIdFor(p.organisationId, n);
    if (n === 1) memberIdOf.set(p.organisationId, id);
    return id;
  });

  const members: MemberFactsInput[] = participants.map((p, i) => {
    const member: MemberFactsInput = {
      id: ids[i] as string,
      organisationId: p.organisationId,
      name: p.organisationName,
      category: categoryOfKind(p.organisationKind),
      role: engineRole(p.role),
      joined: p.joinedOn,
      left: p.leftOn,
      metrics: metricsByOrg.get(p.organisationId) ?? {},
    };
    // Only an administrative party that takes part in this cooperation can be invoiced for others here.
    const via = p.viaOrganisationId === null ? undefined : memberIdOf.get(p.viaOrganisationId);
    return via === undefined ? member : { ...member, invoicedVia: via };
  });

  const parties = new Set(participants.filter((p) => p.role === 'administrative_party').map((p) => p.organisationId));
  const warnings: StudioDataWarning[] = [];
  for (const p of participants) {
    if (p.viaOrganisationId === null || parties.has(p.viaOrganisationId)) continue;
    const via = await findOrganisation(db, p.viaOrganisationId);
    warnings.push({ kind: 'invoicedViaNotParty', memberName: p.organisationName, viaName: via?.name ?? `#${p.viaOrganisationId}` });
  }

  return {
    cooperation,
    warnings,
    facts: { source: `Andel workspace, cooperation ${cooperation.id} (${cooperation.name})`, members },
    members: participants.map((p, i) => ({ memberId: ids[i] as string, organisationId: p.organisationId, name: p.organisationName })),
    memberIdOf,
  };
}

export interface StoredKey {
  row: DistributionKeyRow;
  definition: Record<string, unknown>;
}

/** The cooperation's keys with their parsed definitions, oldest version first. */
export async function loadCooperationKeys(db: Db, cooperationId: number): Promise<StoredKey[]> {
  const rows = await listKeyRows(db, cooperationId);
  return rows.map((row) => ({ row, definition: parseJsonColumn(row.definition) as Record<string, unknown> }));
}
