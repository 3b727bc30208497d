/**
 * A channel's own cross-field checks (`.refine` / `superRefine`) reach sv and nb readers in words as
 * specific as the English ones, not as the generic "är inte giltigt": each bad input below goes
 * through main's dispatch (the schema check runs before any handler), and the issue it names is read
 * in the three languages.
 */
import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/api/handler-map';
import { dispatch } from '../../../src/main/api/dispatch';
import { z } from 'zod';
import { AndelError, localizeError, type ApiError } from '../../../src/shared/errors';
import { parseWith } from '../../../src/shared/calc/parse';
import { checkScenarioDefinition } from '../../../src/main/document/engine-definitions';
import { decimalText, idText } from '../../../src/shared/calc/key.schema';
import { translate, type MessageLanguage } from '../../../src/shared/i18n/translate';
import { schemaIssueMessage, type SchemaIssueLike } from '../../../src/shared/i18n/zod-issues';
import { metricValueSchema, organisationSchema, snapshotSchema } from '../../../src/shared/document/workspace-document.schema';

/** No handler runs: the input is refused first. */
const noHandlers = {} as HandlerMap<unknown>;

async function refused(channel: string, input: unknown): Promise<ApiError> {
  const result = await dispatch(noHandlers, {}, channel, input);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return result.error;
}

/** [what, channel, bad input, the field the issue names, the English words written by hand]. */
const cases: readonly [string, string, unknown, string, string][] = [
  ['audit period backwards', 'audit:list', { from: '2026-02-01', to: '2026-01-01' }, 'to', 'from must not be after to'],
  ['cooperation ends before it starts', 'cooperations:create', { name: 'X', kind: 'consortium', currency: 'SEK', countryCode: 'SE', startDate: '2026-05-01', endDate: '2026-01-01' }, 'endDate', 'the end date comes before the start date'],
  ['participant leaves before joining', 'cooperations:addParticipant', { cooperationId: 1, organisationId: 2, role: 'member', joinedOn: '2026-05-01', leftOn: '2026-01-01' }, 'leftOn', 'the leaving date comes before the joining date'],
  ['revenue below zero', 'budgetLines:save', { cooperationId: 1, year: 2026, kind: 'revenue', category: 'fees', label: 'Avgifter', amount: -100 }, 'amount', 'a revenue is a positive amount and a cost a negative one'],
  ['a direct revenue', 'budgetLines:save', { cooperationId: 1, year: 2026, kind: 'revenue', category: 'fees', label: 'Avgifter', amount: 100, direct: true }, 'direct', 'only a cost can be a direct cost'],
  ['a negative annual cost', 'staff:save', { cooperationId: 1, role: 'Samordnare', annualCost: -1, periods: [{ from: '2026-01-01', to: '2026-12-31', percent: 100 }] }, 'annualCost', 'must not be negative'],
  ['a negative grant', 'funding:save', { cooperationId: 1, name: 'Bidrag', amounts: [{ year: 2026, amount: -5, status: 'secured' }] }, 'amounts[0].amount', 'must not be negative'],
  ['a body that ends before it starts', 'bodies:create', { cooperationId: 1, name: 'Styrelse', kind: 'board', permanent: true, startDate: '2026-05-01', endDate: '2026-01-01', decisionNumberPattern: '{year}-{n}' }, 'endDate', 'ends (2026-01-01) before it starts (2026-05-01)'],
  ['a seat that ends before it starts', 'seats:add', { bodyId: 1, personId: 2, role: 'member', fromDate: '2026-05-01', toDate: '2026-01-01' }, 'toDate', 'ends (2026-01-01) before it starts (2026-05-01)'],
  ['a proxy without its person', 'attendance:set', { meetingId: 1, personId: 2, status: 'proxy' }, 'proxyPersonId', 'a proxy needs the person who holds it'],
  ['a person their own proxy', 'attendance:set', { meetingId: 1, personId: 2, status: 'proxy', proxyPersonId: 2 }, 'proxyPersonId', 'a person cannot be their own proxy'],
  ['a proxy person when present', 'attendance:set', { meetingId: 1, personId: 2, status: 'present', proxyPersonId: 3 }, 'proxyPersonId', 'only a proxy names another person'],
  ['a seat its own proxy', 'votes:set', { agendaItemId: 1, seatId: 2, choice: 'yes', proxySeatId: 2 }, 'proxySeatId', 'a seat cannot be its own proxy'],
  ['an adjuster twice', 'minutes:draft', { meetingId: 1, draftedBy: 'Anna', adjusterSeatIds: [3, 3] }, 'adjusterSeatIds', 'an adjuster is listed twice'],
  ['an item twice', 'meetings:recordMinutes', { meetingId: 1, items: [{ agendaItemId: 4, outcome: 'adopted' }, { agendaItemId: 4, outcome: 'adopted' }] }, 'items[1].agendaItemId', 'this item is listed twice'],
  ['a link without its target', 'decisions:addLink', { decisionId: 1, kind: 'adopts_snapshot' }, 'snapshotId', 'adopts_snapshot needs snapshotId'],
  ['an annex of both sources', 'annex:export', { scenarioId: 1, snapshotId: 2, language: 'sv' }, 'scenarioId', 'give either scenarioId or snapshotId'],
  // The channels' own patterns: one message per pattern, the same wherever it is used (a metric name reads as a budget category does).
  ['a budget category in capitals', 'budgetLines:save', { cooperationId: 1, year: 2026, kind: 'cost', category: 'Staff', label: 'Personal', amount: -100 }, 'category', 'expected a category such as membership_fees or staff'],
  ['a metric name in capitals', 'metrics:upsert', { organisationId: 1, metric: 'Population', year: 2026, value: 1, referenceDate: '2026-12-31' }, 'metric', 'expected a lower-case metric name such as population or branches'],
  ['a record kind in capitals', 'audit:list', { entity: 'Organisation' }, 'entity', 'expected a record kind such as organisation or metric_value'],
  ['a workspace name with a slash', 'workspace:createNew', { name: 'a/b' }, 'name', 'must not contain / \\ : * ? " < > |'],
  ['an official code of three digits', 'cooperations:addMembers', { cooperationId: 1, role: 'member', entries: [{ country: 'SE', kind: 'municipality', code: '149' }] }, 'entries[0].code', 'expected a 2- or 4-digit official code'],
  // The patterns shared across channels and the document (src/shared/domain/field-patterns.ts), each registered once.
  ['a country code in lower case', 'organisations:create', { name: 'Skövde', kind: 'municipality', countryCode: 'se' }, 'countryCode', 'expected a two-letter country code such as SE or NO'],
  ['an import country of three letters', 'import:preview', { fileName: 'a.csv', contentBase64: 'YQ==', options: { countryCode: 'SWE' } }, 'options.countryCode', 'expected a two-letter country code such as SE or NO'],
  ['a metric filter in capitals', 'metrics:listForOrganisation', { organisationId: 1, metric: 'Population' }, 'metric', 'expected a lower-case metric name such as population'],
  ['a what-if metric in capitals', 'scenarios:compute', { scenarioId: 1, metricOverrides: [{ organisationId: 1, metric: 'Pop', year: 2026, value: 1 }] }, 'metricOverrides[0].metric', 'expected a lower-case metric name such as population'],
  ['a parameter value with a decimal comma', 'scenarios:compute', { scenarioId: 1, parameters: { equalShare: '1,5' } }, 'parameters.equalShare', 'expected a decimal number as text, e.g. "0.70" or "15"'],
  ['a swept parameter with a space', 'scenarios:sweep', { scenarioId: 1, parameter: 'equal share', values: ['15'] }, 'parameter', 'expected an id of letters, digits, "-", "_", "." or ":"'],
  // A record's key reads what the key failed (not zod's "Invalid key in record"), in English too.
  ['a what-if parameter name with a space', 'scenarios:compute', { scenarioId: 1, parameters: { 'equal share': '15' } }, 'parameters.equal share', 'expected an id of letters, digits, "-", "_", "." or ":"'],
  ['a join date in day-first order', 'scenarios:compute', { scenarioId: 1, memberChanges: [{ organisationId: 1, joined: '01-05-2026' }] }, 'memberChanges[0].joined', 'expected a date YYYY-MM-DD'],
  ['a meeting start with a space', 'meetings:create', { bodyId: 1, title: 'Möte', startsAt: '2026-05-04 18:30' }, 'startsAt', 'expected YYYY-MM-DDTHH:MM'],
  ['a meeting start at 25 o\'clock', 'meetings:create', { bodyId: 1, title: 'Möte', startsAt: '2026-05-04T25:00' }, 'startsAt', 'is not a time that exists'],
  // Built-in checks with words of their own (`keyedCheck`), not the general ones for their kind.
  ['an organisation without a name', 'organisations:create', { name: '  ', kind: 'municipality', countryCode: 'SE' }, 'name', 'must not be empty'],
  ['a meeting without a title', 'meetings:create', { bodyId: 1, title: ' ', startsAt: '2026-05-04T18:30' }, 'title', 'must not be empty'],
  ['a cooperation without a name', 'cooperations:create', { name: '', kind: 'consortium', currency: 'SEK', countryCode: 'SE' }, 'name', 'must not be empty'],
  ['a staff role without periods', 'staff:save', { cooperationId: 1, role: 'Samordnare', annualCost: 1, periods: [] }, 'periods', 'add at least one period'],
  ['a staff period of 120 %', 'staff:save', { cooperationId: 1, role: 'Samordnare', annualCost: 1, periods: [{ from: '2026-01-01', to: '2026-12-31', percent: 120 }] }, 'periods[0].percent', 'must be between 0 and 100'],
  ['no municipality picked', 'cooperations:addMembers', { cooperationId: 1, role: 'member', entries: [] }, 'entries', 'pick at least one'],
  ['a figure for 1850', 'metrics:upsert', { organisationId: 1, metric: 'population', year: 1850, value: 1, referenceDate: '2026-12-31' }, 'year', 'must be 1900 or later'],
  ['a negative population', 'metrics:upsert', { organisationId: 1, metric: 'population', year: 2026, value: -1, referenceDate: '2026-12-31' }, 'value', 'must not be negative'],
  ['a budget for 2300', 'budgetLines:save', { cooperationId: 1, year: 2300, kind: 'cost', category: 'staff', label: 'Personal', amount: -100 }, 'year', 'must be 2200 or earlier'],
  ['a budget label of 201 characters', 'budgetLines:save', { cooperationId: 1, year: 2026, kind: 'cost', category: 'staff', label: 'x'.repeat(201), amount: -100 }, 'label', 'must be at most 200 characters'],
  ['an amount in fractions of öre', 'budgetLines:save', { cooperationId: 1, year: 2026, kind: 'cost', category: 'staff', label: 'Personal', amount: -100.5 }, 'amount', 'must be a whole number of öre/øre'],
  ['a row version of 0', 'organisations:update', { id: 1, name: 'Skövde', expectedVersion: 0 }, 'expectedVersion', 'must be 1 or more'],
  ['an empty import file', 'import:preview', { fileName: 'a.csv', contentBase64: '' }, 'contentBase64', 'the file is empty'],
  ['an import file over 7 MB', 'import:preview', { fileName: 'a.csv', contentBase64: 'A'.repeat(10_000_001) }, 'contentBase64', 'the file is too large to import (at most about 7 MB)'],
  ['a vote threshold above 1', 'bodies:setVotingRule', { bodyId: 1, rule: { conditions: [{ measure: 'members', base: 'cast', comparison: 'more_than', num: 3, den: 2 }] }, metric: null, referenceDate: null }, 'rule.conditions[0].num', 'the threshold must be at most 1 (num ≤ den)'],
  ['a pattern without a year', 'bodies:create', { cooperationId: 1, name: 'Styrelse', kind: 'board', permanent: true, decisionNumberPattern: '{n}' }, 'decisionNumberPattern', translate('en', 'error.numberPattern.noYear')],
];

/** Words that would show an English sentence in a Swedish or Norwegian one (not names of fields). */
const ENGLISH = /\b(the|is|are|not|must|of|and|or|be|an|has|cannot|needs?|before|after|only|give|either|this|listed|twice|large|negative|positive|amount|revenue|cost|proxy|seat|adjuster|ends|starts|date|comes|expected|such|as|empty|between|least|most|pick|add|whole|number|later|earlier|more|file|import|about|time|exists|threshold|country|code|letters|digits|characters|name|key|record|invalid)\b/iu;
/** Field names (`snapshotId`, `proxyPersonId`) and decision-link kinds stay as the contract names them. */
const NAMES = /\b(?:scenarioId|snapshotId|agreementId|keyId|targetDecisionId|adopts_snapshot|adopts_agreement|adopts_key|supersedes|relates_to)\b/gu;

describe("a channel's own checks, in the reader's language", () => {
  it.each(cases)('%s', async (_what, channel, input, field, english) => {
    const error = await refused(channel, input);
    const found = error.issues?.find((candidate) => candidate.path === field);
    expect(found, JSON.stringify(error.issues)).toBeDefined();
    expect(found!.message).toBe(english);
    // Not the generic words of a refinement or a pattern ("är inte giltigt", "har fel format").
    expect(['error.field.invalid', 'error.field.badFormat', 'error.field.tooShort', 'error.field.tooLong', 'error.field.tooSmall', 'error.field.tooLarge']).not.toContain(found!.messageKey);
    const generic = { sv: translate('sv', 'error.field.invalid'), nb: translate('nb', 'error.field.invalid') };
    for (const lang of ['sv', 'nb'] as const satisfies readonly MessageLanguage[]) {
      const local = localizeError(error, lang).issues!.find((candidate) => candidate.path === field)!;
      expect(local.message).not.toBe(generic[lang]);
      expect(local.message).not.toBe(english);
      expect(local.message.replace(NAMES, '')).not.toMatch(ENGLISH);
    }
    expect(localizeError(error, 'en').issues!.find((candidate) => candidate.path === field)!.message).toBe(english);
  });

  it('the Swedish and Norwegian words of two, checked by hand', async () => {
    const seat = await refused('seats:add', { bodyId: 1, personId: 2, role: 'member', fromDate: '2026-05-01', toDate: '2026-01-01' });
    expect(localizeError(seat, 'sv').issues?.[0]?.message).toBe('slutar (2026-01-01) innan den börjar (2026-05-01)');
    const line = await refused('budgetLines:save', { cooperationId: 1, year: 2026, kind: 'revenue', category: 'fees', label: 'Avgifter', amount: 100, direct: true });
    expect(localizeError(line, 'nb').issues?.[0]?.message).toBe('bare en kostnad kan være en direkte kostnad');
    const periods = await refused('staff:save', { cooperationId: 1, role: 'Samordnare', annualCost: 1, periods: [] });
    expect(localizeError(periods, 'sv').issues?.[0]?.message).toBe('lägg till minst en period');
    const country = await refused('organisations:create', { name: 'Halden', kind: 'municipality', countryCode: 'no' });
    expect(localizeError(country, 'nb').issues?.[0]?.message).toBe('er ikke en landskode med to store bokstaver, f.eks. SE eller NO');
  });

  it("the engine's own parse names what a record's key failed, in every language", () => {
    let caught: unknown;
    try {
      parseWith(z.record(idText, decimalText), { 'equal share': '15' }, 'parameters');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AndelError);
    const error = (caught as AndelError).toApiError();
    expect(error.issues?.[0]).toMatchObject({ path: 'parameters.equal share', message: 'expected an id of letters, digits, "-", "_", "." or ":"', messageKey: 'error.field.pattern.id' });
    expect(localizeError(error, 'sv').issues?.[0]?.message).toBe('är ingen identitet av bokstäver, siffror, ”-”, ”_”, ”.” eller ”:”');
  });

  it("a stored scenario's parameter name reads what it failed when a document is checked", () => {
    const issues = checkScenarioDefinition({ parameters: { 'equal share': '15' } }, 'SEK', [], null, 'scenarios[0].definition');
    const found = issues.find((candidate) => candidate.path === 'scenarios[0].definition.parameters.equal share');
    expect(found, JSON.stringify(issues)).toMatchObject({ message: 'expected an id of letters, digits, "-", "_", "." or ":"', messageKey: 'error.field.pattern.id' });
    expect(translate('nb', found!.messageKey!)).toBe('er ikke en identitet av bokstaver, sifre, «-», «_», «.» eller «:»');
  });

  it('a keyed pattern and check read the same in the workspace document as in a channel', () => {
    // The document's organisation and metric rows use the same shared patterns and checks.
    const organisation = organisationSchema.safeParse({ id: 1, name: ' ', kind: 'municipality', orgNumber: null, officialCode: null, countryCode: 'se', notes: null });
    expect(organisation.success).toBe(false);
    const keys = organisation.error!.issues.map((found) => [found.path.join('.'), schemaIssueMessage(found as SchemaIssueLike).messageKey]);
    expect(keys).toEqual([
      ['name', 'error.field.notEmpty'],
      ['countryCode', 'error.field.pattern.countryCode'],
    ]);
    const metric = metricValueSchema.safeParse({ id: 1, organisationId: 1, metric: 'Population', year: 2026, value: -3, referenceDate: '2026-12-31', source: null });
    expect(metric.error!.issues.map((found) => schemaIssueMessage(found as SchemaIssueLike).messageKey)).toEqual(['error.field.pattern.lowerName', 'error.field.notNegative']);
    // A snapshot's content hash in capitals: the SHA-256 pattern's own words, in sv too.
    const snapshot = snapshotSchema.safeParse({ id: 1, scenarioId: 1, createdAt: '2026-05-04T18:30:00Z', contentHash: 'AB'.repeat(32), content: {} });
    const hash = schemaIssueMessage(snapshot.error!.issues[0] as SchemaIssueLike);
    expect(hash.messageKey).toBe('error.field.pattern.sha256');
    expect(translate('sv', hash.messageKey)).toBe('är ingen SHA-256 skriven med 64 hexadecimala tecken (0–9, a–f)');
  });
});
