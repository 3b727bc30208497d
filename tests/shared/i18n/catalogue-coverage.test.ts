/**
 * Every word a user can meet outside the renderer's own screens is in the catalogue in sv, nb and
 * en: each error code, each message key, each kind of step in a "Why this amount?" trail and each
 * stored value shown to people (kinds, roles, statuses, component types, rounding modes, …).
 *
 * The lists walked here come from the sources of truth (the schemas' value lists, the error codes,
 * ChargeTrail's fields), not from the catalogue, so a new value without words fails here.
 */
import { describe, expect, it } from 'vitest';
import { importRoles } from '../../../src/shared/api/channels/import.channels';
import { invoicingFrequencies } from '../../../src/shared/api/channels/exports.channels';
import { cooperationKinds } from '../../../src/shared/api/channels/cooperations.channels';
import type { ChargeTrail, ScenarioResult } from '../../../src/shared/calc/result.types';
import type { ComponentKind } from '../../../src/shared/calc/key.types';
import type { MemberRole } from '../../../src/shared/calc/resolved.types';
import { edgeSchema, proRataModeSchema, roundingModeSchema } from '../../../src/shared/calc/key.schema';
import { fundingStatusSchema } from '../../../src/shared/calc/scenario.schema';
import {
  agendaItemKinds,
  agreementTypes,
  attendanceStatuses,
  bodyKinds,
  budgetLineKinds,
  decisionLinkKinds,
  decisionStatuses,
  fundingStatuses,
  organisationKinds,
  participationRoles,
  seatRoles,
  type AgreementPartyRecord,
  type ExportLogRecord,
  type MeetingStatus,
} from '../../../src/shared/document/workspace-document.schema';
import { errorCodes } from '../../../src/shared/errors';
import { messages } from '../../../src/shared/i18n/messages';
import { isMessageKey, messageLanguages, placeholdersOf, translate, type MessageKey } from '../../../src/shared/i18n/translate';

/** A literal list of every value of T: the type check fails when a value is missing from it. */
function every<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): readonly string[] => list;
}

/** Every group of stored values that Andel shows to people, with the values the sources define. */
const shownValues: Record<string, readonly string[]> = {
  organisationKind: organisationKinds,
  participationRole: participationRoles,
  bodyKind: bodyKinds,
  seatRole: seatRoles,
  agendaItemKind: agendaItemKinds,
  attendanceStatus: attendanceStatuses,
  decisionStatus: decisionStatuses,
  decisionLinkKind: decisionLinkKinds,
  agreementType: agreementTypes,
  agreementPartyRole: every<AgreementPartyRecord['role']>()(['party', 'counterparty', 'signatory']),
  meetingStatus: every<MeetingStatus>()(['planned', 'held', 'cancelled']),
  fundingStatus: [...fundingStatuses, ...fundingStatusSchema.options],
  budgetLineKind: budgetLineKinds,
  fundingKind: every<ChargeSourceKind>()(['external', 'members']),
  exportKind: every<ExportLogRecord['kind']>()(['annex', 'invoicing_basis', 'decision_register', 'meeting_pack', 'workspace_document', 'other']),
  importRole: importRoles,
  invoicingFrequency: invoicingFrequencies,
  cooperationKind: cooperationKinds,
  componentType: every<ComponentKind>()(['equal', 'proportional', 'banded', 'per-unit', 'category', 'fixed', 'override']),
  roundingMode: roundingModeSchema.options,
  proRataMode: proRataModeSchema.options,
  bandEdge: edgeSchema.options,
  memberRole: every<MemberRole>()(['member', 'observer', 'administrative-party']),
  metric: ['population'],
};

type ChargeSourceKind = ScenarioResult['funding']['sources'][number]['kind'];

/**
 * Each field of a charge's trail and the message keys that put it in words. A Record over
 * `keyof ChargeTrail`: a new kind of step fails the type check until it has its words.
 */
const trailKinds: Record<keyof ChargeTrail, readonly MessageKey[]> = {
  metric: ['trail.metric', 'trail.metricAsOf', 'trail.metricProjected'],
  band: ['trail.band', 'trail.bandOpen'],
  marginal: ['trail.marginal', 'trail.marginalSlice'],
  rate: ['trail.rate'],
  flatAmount: ['trail.flat'],
  pool: ['trail.pool'],
  proRata: ['trail.proRataMonth', 'trail.proRataDay'],
  clamp: ['trail.clampMin', 'trail.clampMax'],
  override: ['trail.override'],
  oneTime: ['trail.oneTime'],
  rounding: ['trail.rounding'],
};

/**
 * Words that are the same in Swedish or Norwegian as in English by nature, not by oversight:
 * key → the languages where that is right. Everything else must differ from English.
 */
const sameAsEnglish: Partial<Record<MessageKey, readonly ('sv' | 'nb')[]>> = {
  // The CLI's column headings and words that the three languages share ("Id", "Status", "1 scenario").
  'cli.col.id': ['sv', 'nb'],
  'cli.col.admin': ['sv', 'nb'],
  'cli.col.organisation': ['sv'],
  'cli.col.status': ['sv', 'nb'],
  'cli.col.state': ['sv', 'nb'],
  'cli.keys.scenarios_one': ['sv', 'nb'],
  'enum.organisationKind.region': ['sv', 'nb'],
  'enum.agendaItemKind.information': ['sv'],
  'trail.adjustmentParam': ['sv', 'nb'],
  // Norwegian says administrator, Swedish organisation, as English does.
  'server.role.administrator': ['nb'],
  'server.cli.organisation': ['sv'],
};

/** Text left once placeholders, figures and punctuation are taken out: what a translator writes. */
const words = (template: string): string => template.replace(/\{\{[^}]*\}\}/gu, '').replace(/[\s\d.,:;()=+×–—"“”«»'’%/→-]/gu, '');

const allKeys = Object.keys(messages) as MessageKey[];

describe('the message catalogue', () => {
  it('has a fallback message for every error code', () => {
    const missing = errorCodes.filter((code) => !isMessageKey(`error.code.${code}`));
    expect(missing).toEqual([]);
  });

  it('has every stored value shown to users in sv, nb and en', () => {
    const missing: string[] = [];
    for (const [group, values] of Object.entries(shownValues)) {
      for (const value of values) if (!isMessageKey(`enum.${group}.${value}`)) missing.push(`enum.${group}.${value}`);
    }
    expect(missing).toEqual([]);
  });

  it('has words for every kind of step in a trail', () => {
    const missing = Object.values(trailKinds)
      .flat()
      .filter((key) => !isMessageKey(key));
    expect(missing).toEqual([]);
  });

  it('says every message in all three languages, never empty and never the raw key', () => {
    const problems: string[] = [];
    for (const key of allKeys) {
      for (const lang of messageLanguages) {
        const text = messages[key][lang];
        if (text.trim() === '') problems.push(`${key} [${lang}] is empty`);
        if (/\b(error|enum|trail)\.[a-zA-Z]+\.[a-zA-Z]/u.test(text)) problems.push(`${key} [${lang}] contains a raw key: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('translates: Swedish and Norwegian differ from English unless the word is the same by nature', () => {
    const untranslated: string[] = [];
    for (const key of allKeys) {
      const entry = messages[key];
      if (words(entry.en) === '') continue; // only placeholders and figures ("= {{amount}}")
      for (const lang of ['sv', 'nb'] as const) {
        if (entry[lang] === entry.en && !(sameAsEnglish[key] ?? []).includes(lang)) untranslated.push(`${key} [${lang}]: ${entry.en}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('asks for the same parameters in every language', () => {
    const mismatched: string[] = [];
    for (const key of allKeys) {
      const expected = placeholdersOf(messages[key].en).join(',');
      for (const lang of ['sv', 'nb'] as const) {
        const got = placeholdersOf(messages[key][lang]).join(',');
        if (got !== expected) mismatched.push(`${key} [${lang}]: {${got}} vs en {${expected}}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('leaves no placeholder unfilled when every parameter is given', () => {
    const unfilled: string[] = [];
    for (const key of allKeys) {
      const params = Object.fromEntries(placeholdersOf(messages[key].en).map((name) => [name, 'X']));
      for (const lang of messageLanguages) {
        const text = translate(lang, key, params);
        if (text.includes('{{')) unfilled.push(`${key} [${lang}]: ${text}`);
      }
    }
    expect(unfilled).toEqual([]);
  });
});

describe('translate', () => {
  it('fills parameters, translates referenced words and lists, and lower-cases on request', () => {
    // Hand-written: sv for "adopted" is "Antaget", for "implemented" "Genomfört", for "superseded" "Ersatt".
    const params = {
      from: { messageKey: 'enum.decisionStatus.adopted' },
      to: { messageKey: 'enum.decisionStatus.proposed' },
      allowed: [{ messageKey: 'enum.decisionStatus.implemented' }, { messageKey: 'enum.decisionStatus.superseded' }],
    } as const;
    expect(translate('sv', 'error.decision.transition', params)).toBe('Ett beslut med status antaget kan inte få status förslag; tillåtet från antaget: genomfört, ersatt');
    expect(translate('en', 'error.decision.transition', params)).toBe('A decision that is adopted cannot become proposed; allowed from adopted: implemented, superseded');
  });

  it('shows an unknown key as itself rather than failing (a message from a newer build)', () => {
    expect(translate('sv', 'error.fromTheFuture', {})).toBe('error.fromTheFuture');
  });
});
