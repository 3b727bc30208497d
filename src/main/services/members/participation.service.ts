/** Participations of organisations in cooperations: listing one organisation's, and changing role and dates. */
import type { ParticipationChange, ParticipationView } from '../../../shared/api/channels/members.channels';
import { invalidField, notFoundError } from '../../../shared/errors';
import type { Db } from '../../db/db-handle';
import { findOrganisation } from '../../repositories/organisation.repository';
import { findParticipationDetail, listParticipationDetails, updateParticipationRow } from '../../repositories/participation.repository';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';


// The role column is CHECK-constrained to the three roles.
const toView = (row: Omit<ParticipationView, 'role'> & { role: string }): ParticipationView => row as ParticipationView;

export async function listParticipationsForOrganisation(
  db: Db,
  input: ParsedInputOf<'participations:listForOrganisation'>,
): Promise<ParticipationView[]> {
  if (!(await findOrganisation(db, input.organisationId))) throw notFoundError('organisation', input.organisationId);
  const rows = await listParticipationDetails(db, input.organisationId);
  return rows.map(toView);
}

/** Changes role, joining or leaving date (null clears a date); the leaving date may not come before the joining date. */
export async function updateParticipation(
  db: Db,
  input: ParsedInputOf<'participations:update'>,
  clock: Clock,
): Promise<ParticipationChange> {
  return db.transaction().execute(async (trx) => {
    const beforeRow = await findParticipationDetail(trx, input.id);
    if (!beforeRow) throw notFoundError('participation', input.id);
    const previous = toView(beforeRow);
    const joinedOn = input.joinedOn === undefined ? previous.joinedOn : input.joinedOn;
    const leftOn = input.leftOn === undefined ? previous.leftOn : input.leftOn;
    if (joinedOn && leftOn && leftOn < joinedOn) throw invalidField('leftOn', 'error.member.leavesBeforeJoining', { leftOn, joinedOn });
    const changes = { role: input.role ?? previous.role, joinedOn, leftOn };
    await updateParticipationRow(trx, input.id, changes, input.expectedVersion);
    const value: ParticipationView = { ...previous, ...changes, rowVersion: previous.rowVersion + 1 };
    await audit(trx, clock, 'participation', input.id, 'update', previous, value);
    return { value, previous };
  });
}
