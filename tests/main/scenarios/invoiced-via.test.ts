/**
 * "Invoiced via" must name an administrative party of the same cooperation. Left unchecked, the
 * engine drops the link and every group member it should invoice is charged 0.00: a document that
 * does it is refused, and a workspace that already holds it (older data) shows a warning in the studio.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/main/document/import-document';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { loadDemoDocument } from '../../helpers/workspace-fixtures';

const f = useDemoWorkspace();
const SAMBRUK_GROUP_SCENARIO = 2;
const GITS = 'Gemensam Information och TjänsteSamordning (GITS)';

/** The demo document without GITS's participation in Sambruk: its nine group members still name GITS. */
function demoWithoutGits() {
  const doc = loadDemoDocument()!;
  const gits = doc.organisations.find((o) => o.name === GITS)!;
  doc.participations = doc.participations.filter((p) => !(p.organisationId === gits.id && p.role === 'administrative_party'));
  return { doc, gits };
}

describe('invoiced via an organisation that is not an administrative party', () => {
  it('refuses a document that does it, naming each participation, in the reader’s language', async () => {
    const { doc, gits } = demoWithoutGits();
    const expectedPaths = doc.participations.flatMap((p, i) => (p.viaOrganisationId === gits.id ? [`participations[${i}].viaOrganisationId`] : []));
    expect(expectedPaths).toHaveLength(9);
    const error = await importDocument(f.dir.file('refused.andel'), doc).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AndelError);
    const issues = (error as AndelError).issues ?? [];
    const viaIssues = issues.filter((i) => i.path.endsWith('.viaOrganisationId'));
    expect(viaIssues.map((i) => i.path)).toEqual(expectedPaths);
    expect(viaIssues[0]?.message).toContain('not an administrative party');
    const sv = localizeError((error as AndelError).toApiError(), 'sv').issues?.find((i) => i.path === expectedPaths[0]);
    expect(sv?.message).toContain('administrativ part');
    expect(f.dir.list()).not.toContain('refused.andel');
  });

  it('refuses it where the participation is written, with the message in the reader’s language', async () => {
    const db = f.ctx.session.db;
    const orgId = async (name: string) => (await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    // Skövde is a member of Sambruk (cooperation 2) in the demo, not its administrative party.
    const alingsas = await db.selectFrom('participations').select('id').where('cooperationId', '=', 2).where('organisationId', '=', await orgId('Alingsås')).executeTakeFirstOrThrow();
    const refused = await f.call('cooperations:changeParticipant', { id: alingsas.id, viaOrganisationId: await orgId('Skövde') });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.issues?.[0]).toMatchObject({ path: 'viaOrganisationId', messageKey: 'error.participation.viaNotParty' });
    expect(refused.error.message).toContain('Skövde is not an administrative party of cooperation Föreningen Sambruk');
    expect(localizeError(refused.error, 'nb').issues?.[0]?.message).toContain('Skövde er ikke administrativ part');
  });

  it('warns in the studio inputs when the workspace already holds it', async () => {
    const clean = await f.value('studio:inputs', { scenarioId: SAMBRUK_GROUP_SCENARIO });
    expect(clean.warnings).toEqual([]);
    // Older data: GITS no longer takes part, its members still name it.
    const gitsId = (await f.ctx.session.db.selectFrom('organisations').select('id').where('name', '=', GITS).executeTakeFirstOrThrow()).id;
    await sql`DELETE FROM participations WHERE organisation_id = ${gitsId} AND cooperation_id = 2`.execute(f.ctx.session.db);
    const inputs = await f.value('studio:inputs', { scenarioId: SAMBRUK_GROUP_SCENARIO });
    expect(inputs.warnings.length).toBe(9);
    expect(inputs.warnings.every((w) => w.kind === 'invoicedViaNotParty' && w.viaName === GITS)).toBe(true);
    expect(inputs.warnings.map((w) => w.memberName)).toContain('Alingsås');
  });
});
