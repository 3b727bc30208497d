/** The meeting pack: data for the print view and a workbook that reads back with agenda, times, proposals and costs. */
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/main/document/canonical-json';
import { sha256File } from '../../helpers/file-hash';
import { cellScalar, readValues, recalculateWithLibreOffice } from '../../helpers/libreoffice';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { SKARABORG, STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

/** A second version of the Skaraborg key (25 % equal) with a scenario on it and a snapshot of that scenario. */
async function proposedKeyScenario(): Promise<{ snapshotId: number }> {
  const db = f.ctx.session.db;
  const key1 = await db.selectFrom('distributionKeys').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const definition = { ...(JSON.parse(key1.definition) as Record<string, unknown>), version: 2, parameters: { equalShare: '25' } };
  const key2 = await db.insertInto('distributionKeys').values({ cooperationId: SKARABORG, name: key1.name, version: 2, definition: canonicalJson(definition), note: null }).returning('id').executeTakeFirstOrThrow();
  const scenario1 = await db.selectFrom('scenarios').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const scenarioDefinition = { ...(JSON.parse(scenario1.definition) as Record<string, unknown>), id: 'skaraborg-9-25', name: '25/75 2017–2018', key: { ref: 'skaraborg-9', version: 2 } };
  const scenario = await db
    .insertInto('scenarios')
    .values({ cooperationId: SKARABORG, name: '25/75 2017–2018', description: null, keyId: key2.id, baselineScenarioId: null, definition: canonicalJson(scenarioDefinition) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const content = canonicalJson({ scenarioId: scenario.id, definition: scenarioDefinition });
  const snapshot = await db
    .insertInto('snapshots')
    .values({ scenarioId: scenario.id, createdAt: '2026-11-21T12:00:00.000Z', contentHash: createHash('sha256').update(content).digest('hex'), content })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { snapshotId: snapshot.id };
}

async function meetingWithProposals() {
  const { snapshotId } = await proposedKeyScenario();
  const meeting = await f.value('meetings:create', { bodyId: STEERING_GROUP, title: 'Styrgruppsmöte januari 2018', startsAt: '2018-01-18T13:00', place: 'Skövde stadsbibliotek' });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: '=HYPERLINK("http://x","Öppnande")', kind: 'information', estimatedMinutes: 10, presenterPersonId: 10 });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Ny fördelningsnyckel 25/75', kind: 'decision', estimatedMinutes: 40, proposal: 'Styrgruppen föreslås besluta att kostnaderna fördelas 25 % lika och 75 % efter folkmängd.', presenterPersonId: 1 });
  const view = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Avtal om e-böcker', kind: 'decision', estimatedMinutes: 20, proposal: 'Avtalet godkänns.' });
  const keyItem = view.agenda[1];
  const proposal = await f.value('decisions:create', {
    bodyId: STEERING_GROUP,
    meetingId: meeting.id,
    agendaItemId: keyItem?.id ?? 0,
    title: 'Fördelningsnyckel 25/75',
    text: 'Kostnaderna fördelas 25 % lika och 75 % efter folkmängd från 2017.',
    links: [{ kind: 'adopts_snapshot', snapshotId }],
  });
  return { meeting: view, proposal };
}

/**
 * A scenario on the stored Skaraborg key (version 1, "15 % lika, 85 % efter folkmängd") with its
 * own definition changes, optionally compared with the demo's 2017–2018 scenario as its baseline,
 * snapshotted and proposed for adoption at a new meeting.
 */
async function proposalFor(name: string, change: Record<string, unknown>, baselineScenarioId: number | null) {
  const db = f.ctx.session.db;
  const scenario1 = await db.selectFrom('scenarios').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const definition = { ...(JSON.parse(scenario1.definition) as Record<string, unknown>), id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, ...change };
  const scenario = await db
    .insertInto('scenarios')
    .values({ cooperationId: SKARABORG, name, description: null, keyId: scenario1.keyId, baselineScenarioId, definition: canonicalJson(definition) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const content = canonicalJson({ scenarioId: scenario.id, definition });
  const snapshot = await db
    .insertInto('snapshots')
    .values({ scenarioId: scenario.id, createdAt: '2026-11-21T12:00:00.000Z', contentHash: createHash('sha256').update(content).digest('hex'), content })
    .returning('id')
    .executeTakeFirstOrThrow();
  const meeting = await f.value('meetings:create', { bodyId: STEERING_GROUP, title: `Styrgruppsmöte: ${name}`, startsAt: '2026-12-10T13:00', place: 'Skövde' });
  const view = await f.value('agenda:addItem', { meetingId: meeting.id, title: name, kind: 'decision', estimatedMinutes: 30, proposal: `Scenariot ${name} fastställs.` });
  await f.value('decisions:create', {
    bodyId: STEERING_GROUP,
    meetingId: meeting.id,
    agendaItemId: view.agenda[0]?.id ?? 0,
    title: name,
    text: `Scenariot ${name} fastställs.`,
    links: [{ kind: 'adopts_snapshot', snapshotId: snapshot.id }],
  });
  return view;
}

describe('the meeting pack against a baseline of other years, and the key as the scenario uses it', () => {
  it('compares no year when the baseline covers other years, and says so instead of showing “+ everything”', async () => {
    // 2027–2028 against the demo's 2017–2018 scenario; the equal share at 100 % makes the figures plain:
    // 800 000 kr / 8 paying members = 100 000 kr = 10 000 000 öre each, each year.
    const meeting = await proposalFor('Skaraborg 2027–2028', { horizon: { from: 2027, to: 2028 }, costs: { byYear: { '2027': '800000', '2028': '800000' } }, parameters: { equalShare: '100' } }, 1);
    const pack = await f.value('meetings:pack', { meetingId: meeting.id, language: 'sv' });
    const summary = pack.proposals[0]?.scenario;
    expect(summary).toMatchObject({ comparedWith: { kind: 'baseline_scenario' }, years: [2027, 2028], yearsWithoutComparison: [2027, 2028], problem: null });
    expect(summary?.members).toHaveLength(8);
    for (const m of summary?.members ?? []) {
      expect(m.proposed).toEqual([10_000_000, 10_000_000]);
      expect(m.current).toEqual([null, null]);
      expect(m.change).toEqual([null, null]);
      // No year compared: no total change either (not "0 kr").
      expect(m.totalChange).toBeNull();
    }
    expect(summary?.totals).toEqual({ proposed: [80_000_000, 80_000_000], current: [null, null], change: [null, null] });

    const { path } = await f.value('meetings:exportPack', { meetingId: meeting.id, language: 'sv' });
    const sheet = Object.entries(await readValues(path)).find(([name]) => name.includes('Kostnader'))?.[1] ?? {};
    const cells = Object.values(sheet);
    expect(cells).toEqual(expect.arrayContaining(['ingen jämförelse för 2027', 'ingen jämförelse för 2028']));
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('Det som jämförs med har inga belopp för 2027, 2028'))).toBe(true);
    // Each member's 100 000 kr appears as what it pays; no number of 100 000 stands as a change.
    expect(cells.filter((v) => v === 100_000)).toHaveLength(16);
    expect(cells.filter((v) => v === 800_000)).toHaveLength(2);
  });

  it('recalculates in LibreOffice to the same figures when some years are not compared', { timeout: 180_000 }, async () => {
    const meeting = await proposalFor('Skaraborg 2018–2019', { horizon: { from: 2018, to: 2019 }, costs: { byYear: { '2018': '1050000', '2019': '1050000' } } }, 1);
    const { path } = await f.value('meetings:exportPack', { meetingId: meeting.id, language: 'en' });
    const ours = await readValues(path);
    const theirs = await readValues(await recalculateWithLibreOffice(path));
    const sheet = Object.keys(ours).find((name) => name.includes('Costs')) ?? '';
    expect(Object.values(ours[sheet] ?? {})).toEqual(expect.arrayContaining(['no baseline for 2019']));
    for (const [address, value] of Object.entries(ours[sheet] ?? {})) expect(theirs[sheet]?.[address], address).toEqual(typeof value === 'number' ? expect.closeTo(value, 6) : value);
  });

  it('compares the overlapping year only when the baseline covers part of the horizon', async () => {
    // 2018–2019 against 2017–2018: 2018 is compared, 2019 is not.
    const meeting = await proposalFor('Skaraborg 2018–2019', { horizon: { from: 2018, to: 2019 }, costs: { byYear: { '2018': '1050000', '2019': '1050000' } } }, 1);
    const summary = (await f.value('meetings:pack', { meetingId: meeting.id, language: 'en' })).proposals[0]?.scenario;
    expect(summary?.yearsWithoutComparison).toEqual([2019]);
    // Same key, same cost and the same 2017 populations for 2018: nothing changes in 2018.
    for (const m of summary?.members ?? []) expect(m.change).toEqual([0, null]);
    expect(summary?.totals.current?.[1]).toBeNull();
  });

  it('states the key with the parameter the scenario sets, not the key’s name, in the pack and its workbook', async () => {
    const meeting = await proposalFor('Skaraborg 20/80', { parameters: { equalShare: '20' } }, null);
    for (const language of ['sv', 'en'] as const) {
      const summary = (await f.value('meetings:pack', { meetingId: meeting.id, language })).proposals[0]?.scenario;
      // 20 % equal, so 100 − 20 = 80 % by population.
      if (language === 'sv') {
        expect(summary?.keyDescription).toBe('20 % av kostnaden delas lika mellan de betalande medlemmarna; 80 % av kostnaden fördelas efter invånare per 31 dec året före');
        expect(summary?.keyOrigin).toBe('nyckel skaraborg-9 v1; parametrar equalShare = 20 (satt i scenariot; nyckelns värde 15)');
      } else {
        expect(summary?.keyDescription).toContain('20 %');
        expect(summary?.keyDescription).toContain('80 %');
        expect(summary?.keyOrigin).toBe("key skaraborg-9 v1; parameters equalShare = 20 (set by the scenario; the key's value 15)");
      }
    }
    const { path } = await f.value('meetings:exportPack', { meetingId: meeting.id, language: 'sv' });
    const cells = Object.values(Object.entries(await readValues(path)).find(([name]) => name.includes('Kostnader'))?.[1] ?? {}).filter((v): v is string => typeof v === 'string');
    const keyLine = cells.find((v) => v.startsWith('Fördelningsnyckel: '));
    expect(keyLine).toBe('Fördelningsnyckel: 20 % av kostnaden delas lika mellan de betalande medlemmarna; 80 % av kostnaden fördelas efter invånare per 31 dec året före (nyckel skaraborg-9 v1; parametrar equalShare = 20 (satt i scenariot; nyckelns värde 15))');
    expect(cells.some((v) => v.includes('15 % lika, 85 % efter folkmängd'))).toBe(false);
  });
});

describe('the meeting pack', () => {
  it('gives the print view the agenda with times, the proposals and who pays what against the current key', async () => {
    const { meeting, proposal } = await meetingWithProposals();
    const pack = await f.value('meetings:pack', { meetingId: meeting.id, language: 'sv' });
    expect(pack.labels.proposal).toBe('Förslag till beslut');
    expect(pack.meeting.agenda.map((i) => `${i.startTime}–${i.endTime}`)).toEqual(['13:00–13:10', '13:10–13:50', '13:50–14:10']);
    expect(pack.proposals.map((p) => [p.ordinal, p.title, p.decisionNumber])).toEqual([
      [2, 'Ny fördelningsnyckel 25/75', proposal.number],
      [3, 'Avtal om e-böcker', null],
    ]);
    const summary = pack.proposals[0]?.scenario;
    expect(summary).toMatchObject({ scenarioName: '25/75 2017–2018', comparedWith: { kind: 'current_key' }, currency: 'SEK', years: [2017, 2018], problem: null });
    // Eight paying members; the observer Falköping pays nothing either way and is left out.
    expect(summary?.members).toHaveLength(8);
    expect(summary?.members.some((m) => m.name === 'Falköping')).toBe(false);
    // The pool is shared out exactly under both keys, so the changes cancel out each year.
    expect(summary?.totals.proposed).toEqual([100_000_000, 105_000_000]);
    expect(summary?.totals.current).toEqual([100_000_000, 105_000_000]);
    expect(summary?.totals.change).toEqual([0, 0]);
    // A larger equal part favours the large municipality.
    const skovde = summary?.members.find((m) => m.name === 'Skövde');
    const gullspang = summary?.members.find((m) => m.name === 'Gullspång');
    expect(skovde?.totalChange).toBeLessThan(0);
    expect(gullspang?.totalChange).toBeGreaterThan(0);
    for (const m of summary?.members ?? []) expect(m.change).toEqual(m.proposed.map((v, t) => v - (m.current?.[t] ?? 0)));
  });

  it('writes a workbook that reads back with the agenda, times, proposals and costs, and logs the export', async () => {
    const { meeting } = await meetingWithProposals();
    const written = await f.value('meetings:exportPack', { meetingId: meeting.id, language: 'sv' });
    const { path } = written;
    // Main chose the place: the exports folder next to the workspace, named in the pack's language.
    expect(dirname(path)).toBe(join(f.dir.path, 'Andel exports'));
    expect(basename(path)).toMatch(/^Möteshandlingar - /u);
    expect(written).toMatchObject({ sha256: sha256File(path) });

    const values = await readValues(path);
    expect(Object.keys(values)).toEqual(['Dagordning', 'Beslutsförslag', '§ 2 Kostnader']);
    const agenda = Object.values(values.Dagordning ?? {});
    expect(agenda).toEqual(expect.arrayContaining(['Styrgruppsmöte januari 2018', '13:00–13:10', '13:10–13:50', '13:50–14:10', 'Ny fördelningsnyckel 25/75', 'Avtal om e-böcker', 'Beslut', 'Annica Arvidsson', 70]));
    const proposals = Object.values(values.Beslutsförslag ?? {});
    expect(proposals).toEqual(expect.arrayContaining(['Förslag till beslut', 'Styrgruppen föreslås besluta att kostnaderna fördelas 25 % lika och 75 % efter folkmängd.', 'Avtalet godkänns.', 'SG 2018:1']));
    const costs = Object.values(values['§ 2 Kostnader'] ?? {});
    expect(costs).toEqual(expect.arrayContaining(['Medlem', 'Förslag 2017', 'Nuvarande 2017', 'Förändring 2017', 'Skövde', 'Summa', 1_000_000]));

    // A title that looks like a formula stays text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Dagordning');
    let found = false;
    sheet?.eachRow((row) => row.eachCell((cell) => {
      if (cellScalar(cell.value) === '=HYPERLINK("http://x","Öppnande")') {
        found = true;
        expect(cell.type).toBe(ExcelJS.ValueType.String);
      }
    }));
    expect(found).toBe(true);
    expect(sheet?.pageSetup.paperSize).toBe(9);

    const log = await f.ctx.session.db.selectFrom('exportLog').selectAll().where('kind', '=', 'meeting_pack').execute();
    expect(log).toEqual([expect.objectContaining({ fileName: basename(path), sha256: written.sha256 })]);
  });

  it('recalculates in LibreOffice to the same changes and totals', { timeout: 180_000 }, async () => {
    const { meeting } = await meetingWithProposals();
    const { path } = await f.value('meetings:exportPack', { meetingId: meeting.id, language: 'en' });
    const ours = await readValues(path);
    const theirs = await readValues(await recalculateWithLibreOffice(path));
    const sheet = Object.keys(ours).find((name) => name.includes('Costs')) ?? '';
    expect(Object.keys(ours[sheet] ?? {}).length).toBeGreaterThan(20);
    for (const [address, value] of Object.entries(ours[sheet] ?? {})) {
      if (typeof value === 'number') expect(theirs[sheet]?.[address], address).toBeCloseTo(value, 6);
    }
    const agendaTotal = Object.entries(ours.Agenda ?? {}).find(([, v]) => v === 70)?.[0] ?? '';
    expect(theirs.Agenda?.[agendaTotal]).toBe(70);
  });

  it('packs the December 2016 meeting in Norwegian and English too', async () => {
    for (const language of ['nb', 'en'] as const) {
      const { path } = await f.value('meetings:exportPack', { meetingId: 1, language });
      const values = await readValues(path);
      const [agendaName, proposalsName] = Object.keys(values);
      expect(agendaName).toBe(language === 'nb' ? 'Dagsorden' : 'Agenda');
      expect(Object.values(values[proposalsName ?? ''] ?? {})).toEqual(expect.arrayContaining(['Val av bibliotekssystem', 'SG 2016:1']));
    }
  });
});
