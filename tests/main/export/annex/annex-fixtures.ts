/**
 * The reference consortia of the demo (resources/demo/keys), resolved and computed by the engine,
 * with the metadata an annex needs. Shared by the annex, invoicing and screenshot tests.
 */
import { chargesOfResult, computeScenario, resolveScenario } from '../../../../src/shared/calc';
import type { KeyDefinitionInput, ScenarioFactsInput, ScenarioResult } from '../../../../src/shared/calc';
import type { AnnexInput, AnnexMetadata } from '../../../../src/main/export/annex/annex-input';
import type { ChargedRow, YearPlan } from '../../../../src/main/export/annex/annex-plan';
import type { ExportLanguage } from '../../../../src/main/export/export-language';
import { syntheticScenario } from '../../../../bench/engine.bench';
import { demo } from '../../../helpers/demo-keys';

/** An annex input whose figures are a held computeScenario result, so a test can read every member's charges. */
export type HeldAnnexInput = AnnexInput & { readonly result: ScenarioResult };

/** The year's member rows with the engine's charge of each (the plan keeps only the member's index). */
export function chargedRows(input: AnnexInput, year: YearPlan): ChargedRow[] {
  const charges = 'charge' in input.result ? input.result : chargesOfResult(input.result);
  return year.rows.map((r) => ({ ...r, charge: charges.charge(r.index, year.t) }));
}

const keys = ['skaraborg-9', 'sambruk-individual', 'sambruk-group', 'bibblix', 'norway-ffl'].map((k) => demo(`${k}.key.json`) as KeyDefinitionInput);

export const EXPORTED_AT = new Date('2026-03-02T09:30:00Z');

export function metadataFor(
  resolvedCurrency: string,
  overrides: Partial<AnnexMetadata> & Pick<AnnexMetadata, 'consortium' | 'cooperation' | 'scenarioName'>,
  language: ExportLanguage = 'sv',
): AnnexMetadata {
  return {
    agreementTitle: 'Samverkansavtal',
    decision: { number: 'SG 2026:4', date: '2026-02-20', body: 'Styrgruppen' },
    version: 'v1',
    contentHash: '3f9a6c1e0b7d4a2f8e5c9b1d7a3e6f0c2b8d4e1a9f7c5b3d1e0a8c6f4b2d9e7a',
    currency: resolvedCurrency,
    language,
    exportedAt: EXPORTED_AT,
    draft: false,
    ...overrides,
  };
}

function build(definition: unknown, facts: unknown, meta: Partial<AnnexMetadata> & Pick<AnnexMetadata, 'consortium' | 'cooperation' | 'scenarioName'>, language: ExportLanguage = 'sv'): HeldAnnexInput {
  const resolved = resolveScenario(definition, facts, { keys });
  const result = computeScenario(resolved);
  return { resolved, result, metadata: metadataFor(resolved.currency, meta, language) };
}

type FactsMember = NonNullable<ScenarioFactsInput['members']>[number];
const member = (id: string, name: string, population: number | null, extra: Partial<FactsMember> = {}): FactsMember => ({
  id,
  name,
  category: 'municipality',
  joined: '2015-01-01',
  metrics: population === null ? {} : { population: { '2021': { value: population, referenceDate: '2021-12-31' } } },
  ...extra,
});

export function skaraborg(language: ExportLanguage = 'sv', draft = false): HeldAnnexInput {
  return build(demo('skaraborg-9.scenario.json'), demo('skaraborg-9.facts.json'), {
    consortium: 'Bibliotek Skaraborg 9-gruppen',
    cooperation: 'Gemensamt bibliotekssystem (Koha)',
    agreementTitle: 'Samarbetsavtal mellan kommunerna',
    scenarioName: 'Skaraborg 9-gruppen 2017–2018',
    decision: { number: 'SG 2016:7', date: '2016-12-08', body: 'Styrgruppen' },
    organisationNumbers: { gullspang: '212000-1710', hjo: '212000-1736', karlsborg: '212000-1744', mariestad: '212000-1769', skovde: '212000-1777', tibro: '212000-1785', tidaholm: '212000-1801', toreboda: '212000-1819', falkoping: '212000-1827' },
    draft,
  }, language);
}

/** Sambruk individual membership: every band edge, another organisation, two mid-year joins. */
export function sambrukIndividual(language: ExportLanguage = 'sv', names: Readonly<Record<string, string>> = {}): HeldAnnexInput {
  const definition = { schemaVersion: 1, id: 'sambruk-individual-2022', name: 'Sambruk enskilt medlemskap 2022–2024', currency: 'SEK', horizon: { from: 2022, to: 2024 }, key: { ref: 'sambruk-individual' }, growth: { population: { rate: '0.5' } } };
  const facts = {
    members: [
      member('a', 'Dals-Ed', 4_600),
      member('b', 'Ale', 7_000, { joined: '2022-04-01' }),
      member('c', 'Herrljunga', 14_999),
      member('d', 'Lerum', 15_000, { joined: '2022-11-15' }),
      member('e', 'Mark', 49_999),
      member('f', 'Borås', 100_000),
      member('g', 'Göteborg', 150_000),
      member('h', 'Inera AB', null, { category: 'other', joined: '2023-03-10' }),
    ].map((m) => ({ ...m, name: names[m.id] ?? m.name })),
  };
  return build(definition, facts, { consortium: 'Sambruk', cooperation: 'Medlemskap i Sambruk', scenarioName: definition.name }, language);
}

/** Sambruk group membership in the VGR offer, plus members that reach the other rules (over 50 000, over 250 000, other). */
export function sambrukGroup(language: ExportLanguage = 'sv'): HeldAnnexInput {
  const facts = demo('vgr-offer.facts.json') as { members: FactsMember[] };
  const more = [
    member('alingsas', 'Alingsås', 50_001, { invoicedVia: 'gits' }),
    member('goteborg', 'Göteborg', 590_000, { invoicedVia: 'gits' }),
    member('vgr', 'Västra Götalandsregionen', null, { category: 'other', invoicedVia: 'gits', joined: '2022-07-01' }),
  ];
  return build(demo('sambruk-group-vgr.scenario.json'), { ...facts, members: [...facts.members, ...more] }, {
    consortium: 'Sambruk',
    cooperation: 'Gruppmedlemskap via GITS',
    scenarioName: 'Sambruk gruppmedlemskap i VGR-erbjudandet',
    organisationNumbers: { herrljunga: '212000-1512', gits: '222000-1503' },
  }, language);
}

export function bibblix(language: ExportLanguage = 'sv', draft = false): HeldAnnexInput {
  const facts = demo('vgr-offer.facts.json') as { members: FactsMember[] };
  const more = [member('vara', 'Vara', 16_100, { joined: '2022-09-15', invoicedVia: 'gits' }), member('boras', 'Borås', 113_000, { joined: '2019-01-01' })];
  return build(demo('bibblix-vgr.scenario.json'), { ...facts, members: [...facts.members, ...more] }, {
    consortium: 'Sambruk',
    cooperation: 'Bibblix',
    agreementTitle: 'Avtal om anslutning till Bibblix',
    scenarioName: 'Bibblix i VGR-erbjudandet',
    organisationNumbers: { herrljunga: '212000-1512', gits: '222000-1503', vara: '212000-1595', boras: '212000-1561' },
    draft,
  }, language);
}

export function norway(language: ExportLanguage = 'nb'): HeldAnnexInput {
  return build(demo('norway-ffl.scenario.json'), demo('norway-ffl.facts.json'), {
    consortium: 'Felles formidlingsløsning for folkebibliotek',
    cooperation: 'Nasjonal plattform',
    agreementTitle: 'Samarbeidsavtale 2025–2030',
    scenarioName: 'Tredelt finansiering 2025–2030',
    decision: { number: 'SG 2025:2', date: '2025-01-30', body: 'Styringsgruppen' },
  }, language);
}

/** The benchmark's key with every component type (day pro rata, floors/caps, half-even, overrides), cut to `count` members. */
export function everyComponentType(count: number, language: ExportLanguage = 'en'): HeldAnnexInput {
  const { definition, facts } = syntheticScenario();
  const members = (facts.members ?? []).slice(0, count);
  const resolved = resolveScenario(definition, { ...facts, members });
  const result = computeScenario(resolved);
  return { resolved, result, metadata: metadataFor(resolved.currency, { consortium: 'Synthetic consortium', cooperation: 'Every component type', scenarioName: definition.name }, language) };
}
