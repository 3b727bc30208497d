import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../src/shared/document/workspace-document.schema';
import { buildDemoDocument, checkDocument, DEMO_DOCUMENT_PATH, PROJECT_ROOT, serialiseDocument } from '../../scripts/build-demo-document';

const committedText = readFileSync(join(PROJECT_ROOT, DEMO_DOCUMENT_PATH), 'utf8');
const doc = JSON.parse(committedText) as WorkspaceDocument;

const cooperation = (name: string) => {
  const found = doc.cooperations.find((c) => c.name === name);
  if (!found) throw new Error(`no cooperation ${name}`);
  return found;
};
const orgName = (id: number | null) => doc.organisations.find((o) => o.id === id)?.name;

describe('the demo workspace document', () => {
  it('equals a fresh build from resources/demo/data (no drift: rerun npx tsx scripts/build-demo-document.ts)', () => {
    const { document } = buildDemoDocument();
    expect(serialiseDocument(document)).toBe(committedText);
  });

  it('cites no source files in text people read: "(seed 002)" stays in resources/demo/data', () => {
    const cited = committedText.match(/[^"]{0,40}\bseeds? \d{3}[^"]{0,20}/gu) ?? [];
    expect(cited).toEqual([]);
    expect(committedText).not.toContain('(speaker notes)');
  });

  it('matches the workspace document schema and has sound references', () => {
    expect(workspaceDocumentSchema.safeParse(doc).success).toBe(true);
    expect(checkDocument(doc)).toEqual([]);
  });

  it('has the four cooperations in their currencies', () => {
    expect(doc.cooperations.map((c) => [c.name, c.currency])).toEqual([
      ['Bibliotek Skaraborg 9-gruppen', 'SEK'],
      ['Föreningen Sambruk', 'SEK'],
      ['Bibblix', 'SEK'],
      ['Felles Formidlingsløsning', 'NOK'],
    ]);
  });

  it('Skaraborg: eight members and Falköping as observer, with populations 2015-2017', () => {
    const skaraborg = cooperation('Bibliotek Skaraborg 9-gruppen');
    const participations = doc.participations.filter((p) => p.cooperationId === skaraborg.id);
    const members = participations.filter((p) => p.role === 'member').map((p) => orgName(p.organisationId)).sort();
    expect(members).toEqual(['Gullspång', 'Hjo', 'Karlsborg', 'Mariestad', 'Skövde', 'Tibro', 'Tidaholm', 'Töreboda']);
    expect(participations.filter((p) => p.role === 'observer').map((p) => orgName(p.organisationId))).toEqual(['Falköping']);
    for (const p of participations) {
      const years = doc.metricValues.filter((m) => m.organisationId === p.organisationId && m.metric === 'population').map((m) => m.year);
      expect(years).toEqual(expect.arrayContaining([2015, 2016, 2017]));
    }
  });

  it('Skaraborg: the December 2016 meeting leads to the Koha decision, numbered SG 2016:1', () => {
    const koha = doc.decisions.find((d) => d.title === 'Val av bibliotekssystem: Koha');
    expect(koha).toMatchObject({ number: 'SG 2016:1', status: 'adopted', decidedOn: '2016-12-08' });
    const meeting = doc.meetings.find((m) => m.id === koha?.meetingId);
    expect(meeting?.startsAt.startsWith('2016-12')).toBe(true);
    const item = doc.agendaItems.find((a) => a.id === koha?.agendaItemId);
    expect(item).toMatchObject({ kind: 'decision', meetingId: meeting?.id });
    const kinds = new Set(doc.agendaItems.filter((a) => a.meetingId === meeting?.id).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['decision', 'discussion', 'information']);
  });

  it('Skaraborg: five kinds of agreement, the working groups and the corrected project end date', () => {
    const skaraborg = cooperation('Bibliotek Skaraborg 9-gruppen');
    const types = doc.agreements.filter((a) => a.cooperationId === skaraborg.id).map((a) => a.type).sort();
    expect(types).toEqual(['cooperation', 'decision_procedure', 'distribution_key', 'hosting', 'operations_support']);
    const bodies = doc.bodies.filter((b) => b.cooperationId === skaraborg.id);
    const system = bodies.find((b) => b.name === 'Systemgrupp');
    expect(bodies.find((b) => b.id === system?.replacedByBodyId)).toMatchObject({ kind: 'management_team', permanent: true });
    expect(skaraborg.endDate).toBe('2018-06-30');
    const pm = doc.staffAllocations.find((s) => s.role === 'Projektledare');
    expect(pm?.periods).toEqual([
      { from: '2016-09-01', to: '2017-09-30', percent: 50 },
      { from: '2017-10-01', to: '2017-12-31', percent: 30 },
      { from: '2018-01-01', to: '2018-06-30', percent: 20 },
    ]);
  });

  it('Sambruk: the 2026 budget lines give a result of 67 715 SEK, and 447 SEK in 2025', () => {
    const sambruk = cooperation('Föreningen Sambruk');
    const result = (year: number) =>
      doc.budgetLines.filter((l) => l.cooperationId === sambruk.id && l.year === year).reduce((sum, l) => sum + l.amount, 0);
    expect(result(2026)).toBe(6_771_500);
    expect(result(2025)).toBe(44_700);
  });

  it('Sambruk: about a hundred members, Västra Götaland municipalities through GITS', () => {
    const sambruk = cooperation('Föreningen Sambruk');
    const participations = doc.participations.filter((p) => p.cooperationId === sambruk.id);
    expect(participations.filter((p) => p.role === 'member').length).toBeGreaterThanOrEqual(100);
    const gits = participations.find((p) => p.role === 'administrative_party');
    expect(orgName(gits?.organisationId ?? null)).toBe('Gemensam Information och TjänsteSamordning (GITS)');
    const viaGits = participations.filter((p) => p.viaOrganisationId === gits?.organisationId);
    expect(viaGits.length).toBeGreaterThanOrEqual(5);
    for (const p of viaGits) expect(doc.organisations.find((o) => o.id === p.organisationId)?.officialCode?.startsWith('14')).toBe(true);
  });

  it('Bibblix: 39 municipalities by the turn of 2021/22, then Västra Götaland joiners in 2022 with the region funding', () => {
    const bibblix = cooperation('Bibblix');
    const members = doc.participations.filter((p) => p.cooperationId === bibblix.id && p.role === 'member');
    expect(members.filter((p) => p.joinedOn !== null && p.joinedOn < '2022-01-01')).toHaveLength(39);
    expect(members.filter((p) => p.joinedOn?.startsWith('2022')).length).toBeGreaterThanOrEqual(3);
    const funders = doc.fundingSources.filter((f) => f.cooperationId === bibblix.id);
    expect(funders.map((f) => orgName(f.funderOrganisationId))).toEqual(['Västra Götalandsregionen', 'Västra Götalandsregionen']);
    const userAgreements = doc.agreements.filter((a) => a.cooperationId === bibblix.id && a.type === 'user_agreement');
    expect(userAgreements).toHaveLength(members.length);
    for (const a of userAgreements) expect(a).toMatchObject({ initialTermMonths: 24, renewalMonths: 12 });
  });

  it('Felles Formidlingsløsning: 358 municipalities, 100 M NOK of funding of which 20 M not secured', () => {
    const ffl = cooperation('Felles Formidlingsløsning');
    const members = doc.participations.filter((p) => p.cooperationId === ffl.id && p.role === 'member');
    expect(members).toHaveLength(358);
    const sources = new Set(doc.fundingSources.filter((f) => f.cooperationId === ffl.id).map((f) => f.id));
    const amounts = doc.fundingAmounts.filter((a) => sources.has(a.fundingSourceId));
    expect(amounts.reduce((sum, a) => sum + a.amount, 0)).toBe(100_000_000_00);
    expect(amounts.filter((a) => a.status !== 'secured').reduce((sum, a) => sum + a.amount, 0)).toBe(20_000_000_00);
    const agreement = doc.agreements.find((a) => a.cooperationId === ffl.id && a.type === 'cooperation');
    expect(agreement?.initialTermMonths).toBe(60);
    expect(doc.organisations.filter((o) => o.kind === 'county' && o.countryCode === 'NO')).toHaveLength(15);
  });

  it('decision numbers run 1..n without gaps per body and year', () => {
    const byBodyYear = new Map<string, number[]>();
    for (const d of doc.decisions) byBodyYear.set(`${d.bodyId}:${d.year}`, [...(byBodyYear.get(`${d.bodyId}:${d.year}`) ?? []), d.sequence]);
    for (const sequences of byBodyYear.values()) expect([...sequences].sort((a, b) => a - b)).toEqual(sequences.map((_, i) => i + 1));
  });

  it('checkDocument reports a broken reference and a gap in the numbering', () => {
    const broken = structuredClone(doc);
    const first = broken.participations[0];
    const decision = broken.decisions[0];
    if (!first || !decision) throw new Error('empty document');
    first.organisationId = 999_999;
    decision.sequence = 7;
    const problems = checkDocument(broken);
    expect(problems.some((p) => p.includes('organisationId 999999'))).toBe(true);
    expect(problems.some((p) => p.includes('without gaps'))).toBe(true);
  });
});
