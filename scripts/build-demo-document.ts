/**
 * Builds the demo workspace document (resources/demo/demo-workspace.json) from the readable source
 * data in resources/demo/data/ and the engine's key and scenario files in resources/demo/keys/.
 *
 *   npx tsx scripts/build-demo-document.ts           writes the document
 *   npx tsx scripts/build-demo-document.ts --check   fails if the committed document differs from a fresh build
 *
 * Deterministic: ids are assigned in file order, nothing depends on the clock or on directory order
 * (file lists are sorted). The result is validated with `workspaceDocumentSchema` and with the
 * referential checks of `checkDocument` (every reference exists, ids unique, decision numbers per
 * body and year 1..n without gaps); any problem stops the build with a message.
 *
 * Amounts in the data files are in major units (SEK, NOK) and become minor units (öre, øre) here.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { canonicalJson } from '../src/main/document/canonical-json';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  workspaceDocumentSchema,
  type AgendaItemRecord,
  type AgreementPartyRecord,
  type AgreementRecord,
  type AttendanceRecord,
  type BodyRecord,
  type BudgetLineRecord,
  type CooperationRecord,
  type DecisionLinkRecord,
  type DecisionRecord,
  type DistributionKeyRecord,
  type FundingAmountRecord,
  type FundingSourceRecord,
  type MeetingRecord,
  type MetricValueRecord,
  type OrganisationRecord,
  type ParticipationRecord,
  type PersonRecord,
  type ScenarioRecord,
  type SeatRecord,
  type StaffAllocationRecord,
  type WorkspaceDocument,
} from '../src/shared/document/workspace-document.schema';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_DOCUMENT_PATH = 'resources/demo/demo-workspace.json';

/** The cooperation files, in the order the cooperations appear in the document. Their slugs name key files too. */
export const COOPERATION_SLUGS = ['skaraborg', 'sambruk', 'bibblix', 'ffl-norway'] as const;

// ---------------------------------------------------------------------------------------------
// Shapes of the data files (see resources/demo/data/README.md)

type Nullable<T> = T | null | undefined;

interface SeMunicipality {
  name: string;
  officialCode: string;
  population: Record<string, number>;
}
interface NoMunicipality {
  name: string;
  officialCode: string | null;
  county: string;
  population: number;
  populationIsPlaceholder?: boolean;
  isPlaceholder?: boolean;
  note?: string;
}
interface OtherOrganisation {
  name: string;
  kind: OrganisationRecord['kind'];
  orgNumber?: string;
  officialCode?: string;
  countryCode: string;
  notes?: string;
}
interface ParticipationData {
  org: string;
  role: ParticipationRecord['role'];
  joinedOn?: Nullable<string>;
  leftOn?: Nullable<string>;
  via?: Nullable<string>;
  notes?: Nullable<string>;
  vgrOffer?: boolean;
  newSambrukMember?: boolean;
}
interface PersonData {
  name: string;
  title?: Nullable<string>;
  org?: Nullable<string>;
  email?: Nullable<string>;
}
interface BodyData {
  key: string;
  name: string;
  kind: BodyRecord['kind'];
  mandate?: Nullable<string>;
  parent?: Nullable<string>;
  permanent: boolean;
  startDate?: Nullable<string>;
  endDate?: Nullable<string>;
  replacedBy?: Nullable<string>;
  decisionNumberPattern: string;
}
interface SeatData {
  body: string;
  person: string;
  org?: Nullable<string>;
  role: SeatRecord['role'];
  from?: Nullable<string>;
  to?: Nullable<string>;
}
interface AgendaData {
  key: string;
  title: string;
  kind: AgendaItemRecord['kind'];
  presenter?: Nullable<string>;
  minutes: number;
  proposal?: Nullable<string>;
  minutesText?: Nullable<string>;
  notes?: string;
}
interface MeetingData {
  key: string;
  body: string;
  title: string;
  startsAt: string;
  place?: Nullable<string>;
  link?: Nullable<string>;
  status: MeetingRecord['status'];
  agenda: AgendaData[];
  attendance: { person: string; status: AttendanceRecord['status']; proxy?: Nullable<string> }[];
}
interface AgreementData {
  key: string;
  type: AgreementRecord['type'];
  title: string;
  counterparty?: Nullable<string>;
  signedOn?: Nullable<string>;
  startDate?: Nullable<string>;
  initialTermMonths?: Nullable<number>;
  renewalMonths?: Nullable<number>;
  noticeMonths?: Nullable<number>;
  parties: string[];
  notes?: Nullable<string>;
}
interface MemberAgreementData {
  type: AgreementRecord['type'];
  title: string;
  counterparty: string;
  initialTermMonths: Nullable<number>;
  renewalMonths: Nullable<number>;
  noticeMonths: Nullable<number>;
  notes: string;
}
interface DecisionLinkData {
  kind: DecisionLinkRecord['kind'];
  agreement?: string;
  decision?: string;
  /** `*` for every key of the cooperation, otherwise a key name; skipped when no key file is present. */
  key?: string;
}
interface DecisionData {
  body: string;
  decidedOn: string | null;
  meeting?: Nullable<string>;
  agendaItem?: Nullable<string>;
  title: string;
  text: string;
  status: DecisionRecord['status'];
  owner?: Nullable<string>;
  reviewOn?: Nullable<string>;
  tags: string[];
  links?: DecisionLinkData[];
}
interface StaffData {
  role: string;
  person?: Nullable<string>;
  annualCost: number;
  periods: { from: string; to: string; percent: number }[];
}
interface BudgetLineData {
  year: number;
  kind: BudgetLineRecord['kind'];
  category: string;
  label: string;
  /** Major units, signed; or "staff": the cost of the staff allocations in that year. */
  amount: number | 'staff';
  /** A direct cost (bought in for resale or passed straight through); absent: not direct. */
  direct?: boolean;
}
interface FundingData {
  name: string;
  funder?: Nullable<string>;
  purpose?: Nullable<string>;
  amounts?: { year: number; amount: number; status: FundingAmountRecord['status'] }[];
  computed?: 'halfSambrukOneTime' | 'connectionFeeAndYear1';
  status?: FundingAmountRecord['status'];
}
interface CooperationFile {
  slug: string;
  cooperation: {
    name: string;
    kind: CooperationRecord['kind'];
    currency: string;
    startDate: Nullable<string>;
    endDate: Nullable<string>;
    host: Nullable<string>;
    description: string;
  };
  bands?: {
    sambrukOneTimeContribution: [number, number][];
    bibblixConnectionFee: [number, number][];
    cultureSubsidyOrePerInhabitantYear1: number;
    populationYear: number;
  };
  participations: ParticipationData[];
  includeNorwegianMunicipalities?: boolean;
  persons: PersonData[];
  bodies: BodyData[];
  seats: SeatData[];
  meetings: MeetingData[];
  agreements: AgreementData[];
  memberAgreements?: MemberAgreementData[];
  decisions: DecisionData[];
  staffAllocations: StaffData[];
  budgetLines: BudgetLineData[];
  fundingSources: FundingData[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(message);
}

/** The engine's JSON as the workspace stores it (object keys sorted), so that import then export gives it back unchanged. */
function canonical(value: unknown): unknown {
  return JSON.parse(canonicalJson(value)) as unknown;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Major units (SEK, NOK; at most two decimals) to minor units, exactly. */
function toMinor(major: number, where: string): number {
  const minor = Math.round(major * 100);
  if (Math.abs(minor - major * 100) > 1e-6) fail(`${where}: ${major} has more than two decimals`);
  return minor;
}

const SWEDISH_COUNTIES: Record<string, string> = {
  '01': 'Stockholms län',
  '03': 'Uppsala län',
  '04': 'Södermanlands län',
  '05': 'Östergötlands län',
  '06': 'Jönköpings län',
  '07': 'Kronobergs län',
  '08': 'Kalmar län',
  '09': 'Gotlands län',
  '10': 'Blekinge län',
  '12': 'Skåne län',
  '13': 'Hallands län',
  '14': 'Västra Götalands län',
  '17': 'Värmlands län',
  '18': 'Örebro län',
  '19': 'Västmanlands län',
  '20': 'Dalarnas län',
  '21': 'Gävleborgs län',
  '22': 'Västernorrlands län',
  '23': 'Jämtlands län',
  '24': 'Västerbottens län',
  '25': 'Norrbottens län',
};

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

/**
 * Cost in minor units of the staff allocations within one calendar year, month by month (a whole
 * month is a twelfth of the annual cost; a part month counts by its days), rounded once.
 */
function staffCostInYear(allocations: StaffAllocationRecord[], year: number): number {
  let total = 0;
  for (const allocation of allocations) {
    for (const period of allocation.periods) {
      for (let month = 1; month <= 12; month += 1) {
        const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
        const last = month === 12 ? dayNumber(`${year}-12-31`) : dayNumber(`${year}-${String(month + 1).padStart(2, '0')}-01`) - 1;
        const from = Math.max(dayNumber(period.from), first);
        const to = Math.min(dayNumber(period.to), last);
        if (to < from) continue;
        total += (allocation.annualCost * period.percent * (to - from + 1)) / (100 * 12 * (last - first + 1));
      }
    }
  }
  return Math.round(total);
}

/** The amount of the band whose lower edge is the largest not above `value` (lower edge inclusive). */
function bandAmount(bands: [number, number][], value: number): number {
  let amount: number | undefined;
  for (const [lower, bandValue] of bands) if (value >= lower) amount = bandValue;
  return amount ?? fail(`no band for ${value}`);
}

// ---------------------------------------------------------------------------------------------
// The build

export interface BuildResult {
  document: WorkspaceDocument;
  /** Things the lead should know (e.g. a missing input file); not errors. */
  notices: string[];
}

/**
 * Text for people: the data files cite their sources ("(seed 002)", "(speaker notes)") so a
 * maintainer can check every figure, but a treasurer opening the demo has no such files. The
 * citations are taken out of every text of the built document; the data files keep them.
 */
export function citationFree(text: string): string {
  const seeds = String.raw`seeds? \d{3}(?:, \d{3})*`;
  return text
    .replace(new RegExp(String.raw`\s*\((?:${seeds}|speaker notes|talarmanus, ${seeds})\)`, 'gu'), '')
    .replace(new RegExp(String.raw`\((?:talarmanus, )?${seeds}(?:, |; |: )`, 'gu'), '(')
    .replace(new RegExp(String.raw`(?:, | enligt )${seeds}\)`, 'gu'), ')')
    .replace(/\s+\(\)/gu, '');
}

function withoutCitations(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') value[index] = citationFree(item);
      else withoutCitations(item);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'string') record[key] = citationFree(item);
      else withoutCitations(item);
    }
  }
}

export function buildDemoDocument(root: string = PROJECT_ROOT): BuildResult {
  const dataDir = join(root, 'resources/demo/data');
  const keysDir = join(root, 'resources/demo/keys');
  const notices: string[] = [];

  const doc: WorkspaceDocument = {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_VERSION,
    workspace: { name: 'Andel demo', defaultCurrency: 'SEK', locale: 'sv' },
    organisations: [],
    metricValues: [],
    cooperations: [],
    participations: [],
    persons: [],
    bodies: [],
    seats: [],
    meetings: [],
    agendaItems: [],
    attendance: [],
    bodyVotingRules: [],
    votes: [],
    meetingMinutes: [],
    minutesAdjusters: [],
    decisions: [],
    decisionLinks: [],
    agreements: [],
    agreementParties: [],
    budgetLines: [],
    staffAllocations: [],
    fundingSources: [],
    fundingAmounts: [],
    distributionKeys: [],
    scenarios: [],
    snapshots: [],
    exportLog: [],
    auditLog: [],
  };
  const nextId = <T extends { id: number }>(list: T[]): number => list.length + 1;

  // --- organisations and metrics -----------------------------------------------------------
  const orgByName = new Map<string, OrganisationRecord>();
  const addOrganisation = (record: Omit<OrganisationRecord, 'id'>): OrganisationRecord => {
    if (orgByName.has(record.name)) fail(`two organisations are named "${record.name}"`);
    const organisation = { id: nextId(doc.organisations), ...record };
    doc.organisations.push(organisation);
    orgByName.set(organisation.name, organisation);
    return organisation;
  };
  const org = (name: string, where: string): OrganisationRecord =>
    orgByName.get(name) ?? fail(`${where}: unknown organisation "${name}"`);
  const addMetric = (record: Omit<MetricValueRecord, 'id'>): void => {
    doc.metricValues.push({ id: nextId(doc.metricValues), ...record });
  };

  const se = readJson<{ source: string; municipalities: SeMunicipality[] }>(join(dataDir, 'se-municipalities.json'));
  for (const m of se.municipalities) {
    const county = SWEDISH_COUNTIES[m.officialCode.slice(0, 2)] ?? fail(`${m.name}: unknown county for code ${m.officialCode}`);
    const organisation = addOrganisation({
      name: m.name,
      kind: 'municipality',
      orgNumber: null,
      officialCode: m.officialCode,
      countryCode: 'SE',
      notes: `${county}. Populations: ${se.source} (rounded; see resources/demo/data/se-municipalities.json).`,
    });
    for (const [year, value] of Object.entries(m.population).sort(([a], [b]) => a.localeCompare(b))) {
      addMetric({
        organisationId: organisation.id,
        metric: 'population',
        year: Number(year),
        value,
        referenceDate: `${year}-12-31`,
        source: Number(year) >= 2025 ? `${se.source} (estimate for 31 December ${year})` : `${se.source} (folkmängd 31 december ${year})`,
      });
    }
  }

  const others = readJson<{ organisations: OtherOrganisation[] }>(join(dataDir, 'organisations.json'));
  for (const o of others.organisations) {
    addOrganisation({
      name: o.name,
      kind: o.kind,
      orgNumber: o.orgNumber ?? null,
      officialCode: o.officialCode ?? null,
      countryCode: o.countryCode,
      notes: o.notes ?? null,
    });
  }

  const counties = readJson<{ counties: { name: string; officialCode: string }[] }>(join(dataDir, 'no-counties.json'));
  for (const c of counties.counties) {
    addOrganisation({
      name: c.name,
      kind: 'county',
      orgNumber: null,
      officialCode: c.officialCode,
      countryCode: 'NO',
      notes: 'Fylkeskommune (2024 county structure). Funds the administration of Felles Formidlingsløsning together with the other counties (seed 004).',
    });
  }

  const noPath = join(dataDir, 'no-municipalities.json');
  const noMunicipalities: OrganisationRecord[] = [];
  if (existsSync(noPath)) {
    const no = readJson<{ referenceDate: string; municipalities: NoMunicipality[] }>(noPath);
    for (const m of no.municipalities) {
      const notes = [`County: ${m.county}.`];
      if (m.isPlaceholder) notes.push('PLACEHOLDER, not a real municipality.');
      if (m.note) notes.push(m.note);
      const organisation = addOrganisation({
        name: m.name,
        kind: 'municipality',
        orgNumber: null,
        officialCode: m.officialCode,
        countryCode: 'NO',
        notes: notes.join(' '),
      });
      noMunicipalities.push(organisation);
      const year = Number(no.referenceDate.slice(0, 4));
      const source = m.populationIsPlaceholder
        ? `Placeholder, not the SSB figure: ${m.note ?? 'see resources/demo/data/no-municipalities.json'}`
        : `SSB, population 1 January ${year}`;
      if (source.length > 500) fail(`${m.name}: metric source text longer than 500 characters`);
      addMetric({ organisationId: organisation.id, metric: 'population', year, value: m.population, referenceDate: no.referenceDate, source });
    }
  } else {
    notices.push('resources/demo/data/no-municipalities.json is missing: Felles Formidlingsløsning is built without its municipal members.');
  }

  // --- keys and scenarios (the engine's files) ---------------------------------------------
  const keyFiles = existsSync(keysDir)
    ? readdirSync(keysDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (keyFiles.length === 0) notices.push('resources/demo/keys/ has no key files: distributionKeys and scenarios are empty.');

  // --- cooperations ------------------------------------------------------------------------
  const personByName = new Map<string, PersonRecord>();
  const files = COOPERATION_SLUGS.map((slug) => {
    const file = readJson<CooperationFile>(join(dataDir, `${slug}.json`));
    if (file.slug !== slug) fail(`${slug}.json: slug is "${file.slug}"`);
    return file;
  });

  // First pass: everything but decisions (they may refer to keys, which need the cooperation ids).
  const pendingDecisions: { file: CooperationFile; cooperation: CooperationRecord; bodies: Map<string, BodyRecord>; meetings: Map<string, { meeting: MeetingRecord; items: Map<string, AgendaItemRecord> }>; agreements: Map<string, AgreementRecord> }[] = [];

  for (const file of files) {
    const where = `${file.slug}.json`;
    const c = file.cooperation;
    const cooperation: CooperationRecord = {
      id: nextId(doc.cooperations),
      name: c.name,
      kind: c.kind,
      currency: c.currency,
      description: c.description,
      startDate: c.startDate ?? null,
      endDate: c.endDate ?? null,
      hostOrganisationId: c.host ? org(c.host, where).id : null,
    };
    doc.cooperations.push(cooperation);

    // participations
    const participationData: ParticipationData[] = [...file.participations];
    if (file.includeNorwegianMunicipalities) {
      for (const m of noMunicipalities) {
        participationData.push({
          org: m.name,
          role: 'member',
          joinedOn: null,
          notes: 'One of the 358 municipalities of the source\'s price bands (seed 004). Participation date not in the source.',
        });
      }
    }
    for (const p of participationData) {
      doc.participations.push({
        id: nextId(doc.participations),
        cooperationId: cooperation.id,
        organisationId: org(p.org, where).id,
        role: p.role,
        joinedOn: p.joinedOn ?? null,
        leftOn: p.leftOn ?? null,
        viaOrganisationId: p.via ? org(p.via, where).id : null,
        notes: p.notes ?? null,
      });
    }

    // persons
    for (const p of file.persons) {
      if (personByName.has(p.name)) fail(`${where}: two persons are named "${p.name}"`);
      const person: PersonRecord = {
        id: nextId(doc.persons),
        name: p.name,
        title: p.title ?? null,
        organisationId: p.org ? org(p.org, where).id : null,
        email: p.email ?? null,
      };
      doc.persons.push(person);
      personByName.set(person.name, person);
    }
    const person = (name: string): PersonRecord => personByName.get(name) ?? fail(`${where}: unknown person "${name}"`);
    const optionalPerson = (name: Nullable<string>): number | null => (name ? person(name).id : null);

    // bodies (two passes for parent and replacedBy)
    const bodies = new Map<string, BodyRecord>();
    for (const b of file.bodies) {
      if (bodies.has(b.key)) fail(`${where}: two bodies have key "${b.key}"`);
      const body: BodyRecord = {
        id: nextId(doc.bodies),
        cooperationId: cooperation.id,
        name: b.name,
        kind: b.kind,
        mandate: b.mandate ?? null,
        parentBodyId: null,
        permanent: b.permanent,
        startDate: b.startDate ?? null,
        endDate: b.endDate ?? null,
        replacedByBodyId: null,
        decisionNumberPattern: b.decisionNumberPattern,
      };
      doc.bodies.push(body);
      bodies.set(b.key, body);
    }
    const body = (key: string): BodyRecord => bodies.get(key) ?? fail(`${where}: unknown body "${key}"`);
    for (const b of file.bodies) {
      const record = body(b.key);
      record.parentBodyId = b.parent ? body(b.parent).id : null;
      record.replacedByBodyId = b.replacedBy ? body(b.replacedBy).id : null;
    }

    for (const s of file.seats) {
      doc.seats.push({
        id: nextId(doc.seats),
        bodyId: body(s.body).id,
        personId: person(s.person).id,
        organisationId: s.org ? org(s.org, where).id : null,
        role: s.role,
        fromDate: s.from ?? null,
        toDate: s.to ?? null,
      });
    }

    // meetings, agenda, attendance
    const meetings = new Map<string, { meeting: MeetingRecord; items: Map<string, AgendaItemRecord> }>();
    for (const m of file.meetings) {
      if (meetings.has(m.key)) fail(`${where}: two meetings have key "${m.key}"`);
      const meeting: MeetingRecord = {
        id: nextId(doc.meetings),
        bodyId: body(m.body).id,
        title: m.title,
        startsAt: m.startsAt,
        place: m.place ?? null,
        link: m.link ?? null,
        status: m.status,
      };
      doc.meetings.push(meeting);
      const items = new Map<string, AgendaItemRecord>();
      m.agenda.forEach((a, index) => {
        if (items.has(a.key)) fail(`${where}: meeting ${m.key} has two agenda items "${a.key}"`);
        const item: AgendaItemRecord = {
          id: nextId(doc.agendaItems),
          meetingId: meeting.id,
          position: index + 1,
          title: a.title,
          kind: a.kind,
          presenterPersonId: optionalPerson(a.presenter),
          estimatedMinutes: a.minutes,
          proposal: a.proposal ?? null,
          minutes: a.minutesText ?? null,
        };
        doc.agendaItems.push(item);
        items.set(a.key, item);
      });
      for (const a of m.attendance) {
        doc.attendance.push({
          id: nextId(doc.attendance),
          meetingId: meeting.id,
          personId: person(a.person).id,
          status: a.status,
          proxyPersonId: optionalPerson(a.proxy),
        });
      }
      meetings.set(m.key, { meeting, items });
    }

    // agreements
    const agreements = new Map<string, AgreementRecord>();
    const addAgreement = (a: Omit<AgreementRecord, 'id' | 'cooperationId'>, parties: { name: string; role: AgreementPartyRecord['role'] }[]): AgreementRecord => {
      const agreement: AgreementRecord = { id: nextId(doc.agreements), cooperationId: cooperation.id, ...a };
      doc.agreements.push(agreement);
      for (const party of parties) {
        doc.agreementParties.push({ id: nextId(doc.agreementParties), agreementId: agreement.id, organisationId: org(party.name, where).id, role: party.role });
      }
      return agreement;
    };
    for (const a of file.agreements) {
      if (agreements.has(a.key)) fail(`${where}: two agreements have key "${a.key}"`);
      const parties: { name: string; role: AgreementPartyRecord['role'] }[] = a.parties.map((name) => ({ name, role: 'party' }));
      if (a.counterparty) parties.push({ name: a.counterparty, role: 'counterparty' });
      agreements.set(
        a.key,
        addAgreement(
          {
            type: a.type,
            title: a.title,
            counterpartyOrganisationId: a.counterparty ? org(a.counterparty, where).id : null,
            signedOn: a.signedOn ?? null,
            startDate: a.startDate ?? null,
            initialTermMonths: a.initialTermMonths ?? null,
            renewalMonths: a.renewalMonths ?? null,
            noticeMonths: a.noticeMonths ?? null,
            notes: a.notes ?? null,
          },
          parties,
        ),
      );
    }
    for (const template of file.memberAgreements ?? []) {
      for (const p of file.participations.filter((x) => x.role === 'member')) {
        addAgreement(
          {
            type: template.type,
            title: template.title.replace('{org}', p.org),
            counterpartyOrganisationId: org(template.counterparty, where).id,
            signedOn: null,
            startDate: p.joinedOn ?? null,
            initialTermMonths: template.initialTermMonths ?? null,
            renewalMonths: template.renewalMonths ?? null,
            noticeMonths: template.noticeMonths ?? null,
            notes: template.notes,
          },
          [
            { name: p.org, role: 'party' },
            { name: template.counterparty, role: 'counterparty' },
          ],
        );
      }
    }

    // staff, budget, funding
    const staff: StaffAllocationRecord[] = file.staffAllocations.map((s) => ({
      id: 0,
      cooperationId: cooperation.id,
      role: s.role,
      personId: optionalPerson(s.person),
      annualCost: toMinor(s.annualCost, `${where} staff ${s.role}`),
      periods: s.periods.map((p) => ({ ...p })),
    }));
    for (const s of staff) {
      s.id = nextId(doc.staffAllocations);
      doc.staffAllocations.push(s);
    }
    file.budgetLines.forEach((line, position) => {
      const amount = line.amount === 'staff' ? -staffCostInYear(staff, line.year) : toMinor(line.amount, `${where} budget ${line.label}`);
      doc.budgetLines.push({
        id: nextId(doc.budgetLines),
        cooperationId: cooperation.id,
        year: line.year,
        kind: line.kind,
        category: line.category,
        label: line.label,
        amount,
        position,
        direct: line.direct ?? false,
      });
    });
    for (const f of file.fundingSources) {
      const source: FundingSourceRecord = {
        id: nextId(doc.fundingSources),
        cooperationId: cooperation.id,
        name: f.name,
        funderOrganisationId: f.funder ? org(f.funder, where).id : null,
        purpose: f.purpose ?? null,
      };
      doc.fundingSources.push(source);
      const amounts = f.amounts
        ? f.amounts.map((a) => ({ year: a.year, amount: toMinor(a.amount, `${where} funding ${f.name}`), status: a.status }))
        : computeFunding(file, f, (name) => populationOf(doc, org(name, where).id, file.bands?.populationYear ?? fail(`${where}: bands missing`)));
      for (const a of amounts) doc.fundingAmounts.push({ id: nextId(doc.fundingAmounts), fundingSourceId: source.id, ...a });
    }

    // keys and scenarios for this cooperation (definitions embedded as the engine wrote them)
    const ownKeyFiles = keyFiles.filter((f) => slugOfKeyFile(f) === file.slug);
    const keys: { record: DistributionKeyRecord; engineId: string | undefined }[] = [];
    for (const fileName of ownKeyFiles.filter((f) => keyFileKind(f) === 'key')) {
      const json = readJson<Record<string, unknown>>(join(keysDir, fileName));
      const record: DistributionKeyRecord = {
        id: nextId(doc.distributionKeys),
        cooperationId: cooperation.id,
        name: stringField(json, ['name']) ?? fileName.replace(/\.key\.json$/, ''),
        version: typeof json.version === 'number' && Number.isInteger(json.version) && json.version >= 1 ? json.version : 1,
        definition: canonical(json),
        note: longStringField(json, ['source', 'note', 'description']),
      };
      doc.distributionKeys.push(record);
      keys.push({ record, engineId: stringField(json, ['id']) });
    }
    const scenarios: { record: ScenarioRecord; engineId: string | undefined }[] = [];
    for (const fileName of ownKeyFiles.filter((f) => keyFileKind(f) === 'scenario')) {
      const json = readJson<Record<string, unknown>>(join(keysDir, fileName));
      const keyRef = (json.key ?? {}) as { ref?: unknown; version?: unknown };
      const key =
        keys.find((k) => k.engineId === keyRef.ref && (keyRef.version === undefined || k.record.version === keyRef.version)) ??
        fail(`resources/demo/keys/${fileName}: its key ${JSON.stringify(json.key)} is not among the key files of ${file.slug}`);
      const baselineRef = typeof json.baseline === 'string' ? json.baseline : undefined;
      const baseline = baselineRef
        ? (scenarios.find((x) => x.engineId === baselineRef) ?? fail(`resources/demo/keys/${fileName}: baseline "${baselineRef}" is not an earlier scenario of ${file.slug}`))
        : undefined;
      const record: ScenarioRecord = {
        id: nextId(doc.scenarios),
        cooperationId: cooperation.id,
        name: stringField(json, ['name']) ?? fileName.replace(/\.scenario\.json$/, ''),
        description: longStringField(json, ['description', 'source', 'note']),
        keyId: key.record.id,
        baselineScenarioId: baseline?.record.id ?? null,
        definition: canonical(json),
      };
      doc.scenarios.push(record);
      scenarios.push({ record, engineId: stringField(json, ['id']) });
    }

    pendingDecisions.push({ file, cooperation, bodies, meetings, agreements });
  }
  for (const f of keyFiles) {
    if (!keyFileKind(f)) continue;
    if (!slugOfKeyFile(f)) notices.push(`resources/demo/keys/${f}: its name contains none of the slugs ${COOPERATION_SLUGS.join(', ')}; left out.`);
  }

  // --- decisions: numbered per body and year in date order ---------------------------------
  for (const { file, cooperation, bodies, meetings, agreements } of pendingDecisions) {
    const where = `${file.slug}.json`;
    const body = (key: string): BodyRecord => bodies.get(key) ?? fail(`${where}: unknown body "${key}"`);
    const ordered = file.decisions
      .map((d, index) => ({ d, index }))
      .sort((a, b) => a.d.body.localeCompare(b.d.body) || (a.d.decidedOn ?? '').localeCompare(b.d.decidedOn ?? '') || a.index - b.index);
    const counters = new Map<string, number>();
    const byTitle = new Map<string, DecisionRecord>();
    const records = new Map<number, DecisionRecord>();
    for (const { d, index } of ordered) {
      const b = body(d.body);
      const year = Number((d.decidedOn ?? fail(`${where}: decision "${d.title}" has no date to number it by`)).slice(0, 4));
      const counterKey = `${b.id}:${year}`;
      const sequence = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, sequence);
      const meeting = d.meeting ? (meetings.get(d.meeting) ?? fail(`${where}: unknown meeting "${d.meeting}"`)) : null;
      const item = d.agendaItem ? (meeting?.items.get(d.agendaItem) ?? fail(`${where}: unknown agenda item "${d.agendaItem}"`)) : null;
      const person = d.owner ? (personByName.get(d.owner) ?? fail(`${where}: unknown person "${d.owner}"`)) : null;
      const record: DecisionRecord = {
        id: 0,
        bodyId: b.id,
        year,
        sequence,
        number: b.decisionNumberPattern.replace('{year}', String(year)).replace('{n}', String(sequence)),
        decidedOn: d.decidedOn,
        meetingId: meeting?.meeting.id ?? null,
        agendaItemId: item?.id ?? null,
        title: d.title,
        text: d.text,
        status: d.status,
        ownerPersonId: person?.id ?? null,
        reviewOn: d.reviewOn ?? null,
        tags: d.tags,
      };
      if (byTitle.has(d.title)) fail(`${where}: two decisions are titled "${d.title}"`);
      byTitle.set(d.title, record);
      records.set(index, record);
    }
    // ids in file order
    file.decisions.forEach((_, index) => {
      const record = records.get(index) as DecisionRecord;
      record.id = nextId(doc.decisions);
      doc.decisions.push(record);
    });
    const keys = doc.distributionKeys.filter((k) => k.cooperationId === cooperation.id);
    file.decisions.forEach((d, index) => {
      const decision = records.get(index) as DecisionRecord;
      for (const link of d.links ?? []) {
        const base = { decisionId: decision.id, kind: link.kind, snapshotId: null, agreementId: null, keyId: null, targetDecisionId: null };
        if (link.key !== undefined) {
          const matching = link.key === '*' ? keys : keys.filter((k) => k.name === link.key || (k.definition as { id?: unknown }).id === link.key);
          for (const k of matching) doc.decisionLinks.push({ id: nextId(doc.decisionLinks), ...base, keyId: k.id });
          continue;
        }
        doc.decisionLinks.push({
          id: nextId(doc.decisionLinks),
          ...base,
          agreementId: link.agreement ? (agreements.get(link.agreement) ?? fail(`${where}: unknown agreement "${link.agreement}"`)).id : null,
          targetDecisionId: link.decision ? (byTitle.get(link.decision) ?? fail(`${where}: unknown decision "${link.decision}"`)).id : null,
        });
      }
    });
  }

  withoutCitations(doc);
  const parsed = workspaceDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 30).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    fail(`the demo document does not match the workspace document schema:\n${lines.join('\n')}`);
  }
  const problems = checkDocument(doc);
  if (problems.length > 0) fail(`the demo document has broken references:\n${problems.slice(0, 30).map((p) => `  ${p}`).join('\n')}`);
  return { document: doc, notices };
}

/** Other spellings of a slug used in key file names (the engine's files say norway-ffl). */
const SLUG_ALIASES: Record<string, string[]> = { 'ffl-norway': ['ffl-norway', 'norway-ffl'] };

function slugOfKeyFile(fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  const candidates = COOPERATION_SLUGS.flatMap((slug) => (SLUG_ALIASES[slug] ?? [slug]).map((alias) => ({ slug, alias })));
  // Longest spelling first, so that no slug that is part of another wins.
  return candidates.sort((a, b) => b.alias.length - a.alias.length).find(({ alias }) => lower.includes(alias))?.slug;
}

/** `*.key.json` is a key, `*.scenario.json` a scenario; anything else (facts, budgets: test fixtures) is not for the document. */
function keyFileKind(fileName: string): 'key' | 'scenario' | undefined {
  if (fileName.endsWith('.key.json')) return 'key';
  if (fileName.endsWith('.scenario.json')) return 'scenario';
  return undefined;
}

function stringField(json: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = json[name];
    if (typeof value === 'string' && value.trim().length > 0) return value.trim().slice(0, 200);
  }
  return undefined;
}

function longStringField(json: Record<string, unknown>, names: string[]): string | null {
  for (const name of names) {
    const value = json[name];
    if (typeof value === 'string' && value.trim().length > 0) return value.trim().slice(0, 4000);
  }
  return null;
}

function populationOf(doc: WorkspaceDocument, organisationId: number, year: number): number {
  const metric = doc.metricValues.find((m) => m.organisationId === organisationId && m.metric === 'population' && m.year === year);
  return metric?.value ?? fail(`no population ${year} for organisation ${organisationId}`);
}

/** Funding amounts that follow from the offer's rules (Bibblix, VGR offer 2022), per join year, in minor units. */
function computeFunding(file: CooperationFile, f: FundingData, population: (name: string) => number): Omit<FundingAmountRecord, 'id' | 'fundingSourceId'>[] {
  const bands = file.bands ?? fail(`${file.slug}.json: funding "${f.name}" is computed but the file has no bands`);
  const perYear = new Map<number, number>();
  for (const p of file.participations.filter((x) => x.vgrOffer)) {
    const year = Number((p.joinedOn ?? fail(`${file.slug}.json: ${p.org} joins under the offer without a date`)).slice(0, 4));
    const inhabitants = population(p.org);
    let amount = 0;
    if (f.computed === 'halfSambrukOneTime') {
      if (p.newSambrukMember) amount = (bandAmount(bands.sambrukOneTimeContribution, inhabitants) * 100) / 2;
    } else if (f.computed === 'connectionFeeAndYear1') {
      amount = bandAmount(bands.bibblixConnectionFee, inhabitants) * 100 + bands.cultureSubsidyOrePerInhabitantYear1 * inhabitants;
    } else {
      fail(`${file.slug}.json: funding "${f.name}" has neither amounts nor a known computation`);
    }
    perYear.set(year, (perYear.get(year) ?? 0) + amount);
  }
  return [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount: Math.round(amount), status: f.status ?? 'secured' }));
}

// ---------------------------------------------------------------------------------------------
// Referential checks

/** Every problem with references, ids and decision numbering; empty when the document is sound. */
export function checkDocument(doc: WorkspaceDocument): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<number>>();
  const collections = Object.entries(doc).filter(([, value]) => Array.isArray(value)) as [string, { id: number }[]][];
  for (const [name, list] of collections) {
    const set = new Set<number>();
    for (const record of list) {
      if (set.has(record.id)) problems.push(`${name}: id ${record.id} is used twice`);
      set.add(record.id);
    }
    ids.set(name, set);
  }
  const ref = (from: string, record: { id: number }, field: string, value: number | null, to: string, optional = true): void => {
    if (value === null && optional) return;
    if (value === null || !ids.get(to)?.has(value)) problems.push(`${from} ${record.id}: ${field} ${String(value)} is not in ${to}`);
  };
  for (const r of doc.metricValues) ref('metricValues', r, 'organisationId', r.organisationId, 'organisations', false);
  for (const r of doc.cooperations) ref('cooperations', r, 'hostOrganisationId', r.hostOrganisationId, 'organisations');
  for (const r of doc.participations) {
    ref('participations', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('participations', r, 'organisationId', r.organisationId, 'organisations', false);
    ref('participations', r, 'viaOrganisationId', r.viaOrganisationId, 'organisations');
    if (r.viaOrganisationId !== null && !doc.participations.some((p) => p.cooperationId === r.cooperationId && p.organisationId === r.viaOrganisationId && p.role === 'administrative_party')) {
      problems.push(`participations ${r.id}: takes part via organisation ${r.viaOrganisationId}, which is not an administrative party of the cooperation`);
    }
    if (r.joinedOn && r.leftOn && r.leftOn < r.joinedOn) problems.push(`participations ${r.id}: left before it joined`);
  }
  const participationKeys = new Set<string>();
  for (const r of doc.participations) {
    const key = `${r.cooperationId}:${r.organisationId}:${r.role}`;
    if (participationKeys.has(key)) problems.push(`participations ${r.id}: organisation ${r.organisationId} takes part twice in the same role`);
    participationKeys.add(key);
  }
  const metricKeys = new Set<string>();
  for (const r of doc.metricValues) {
    const key = `${r.organisationId}:${r.metric}:${r.year}`;
    if (metricKeys.has(key)) problems.push(`metricValues ${r.id}: a second ${r.metric} ${r.year} for organisation ${r.organisationId}`);
    metricKeys.add(key);
  }
  for (const r of doc.persons) ref('persons', r, 'organisationId', r.organisationId, 'organisations');
  const bodyById = new Map(doc.bodies.map((b) => [b.id, b]));
  for (const r of doc.bodies) {
    ref('bodies', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('bodies', r, 'parentBodyId', r.parentBodyId, 'bodies');
    ref('bodies', r, 'replacedByBodyId', r.replacedByBodyId, 'bodies');
    for (const other of [r.parentBodyId, r.replacedByBodyId]) {
      if (other !== null && bodyById.get(other)?.cooperationId !== r.cooperationId) problems.push(`bodies ${r.id}: refers to body ${other} of another cooperation`);
    }
    if (r.startDate && r.endDate && r.endDate < r.startDate) problems.push(`bodies ${r.id}: ends before it starts`);
  }
  for (const r of doc.seats) {
    ref('seats', r, 'bodyId', r.bodyId, 'bodies', false);
    ref('seats', r, 'personId', r.personId, 'persons', false);
    ref('seats', r, 'organisationId', r.organisationId, 'organisations');
    if (r.fromDate && r.toDate && r.toDate < r.fromDate) problems.push(`seats ${r.id}: ends before it starts`);
  }
  for (const r of doc.meetings) ref('meetings', r, 'bodyId', r.bodyId, 'bodies', false);
  const itemById = new Map(doc.agendaItems.map((a) => [a.id, a]));
  const positions = new Map<number, number[]>();
  for (const r of doc.agendaItems) {
    ref('agendaItems', r, 'meetingId', r.meetingId, 'meetings', false);
    ref('agendaItems', r, 'presenterPersonId', r.presenterPersonId, 'persons');
    positions.set(r.meetingId, [...(positions.get(r.meetingId) ?? []), r.position]);
  }
  for (const [meetingId, list] of positions) {
    const sorted = [...list].sort((a, b) => a - b);
    if (sorted.some((p, i) => p !== i + 1)) problems.push(`meetings ${meetingId}: agenda positions are not 1..${sorted.length}`);
  }
  const attendanceKeys = new Set<string>();
  for (const r of doc.attendance) {
    ref('attendance', r, 'meetingId', r.meetingId, 'meetings', false);
    ref('attendance', r, 'personId', r.personId, 'persons', false);
    ref('attendance', r, 'proxyPersonId', r.proxyPersonId, 'persons');
    if ((r.status === 'proxy') !== (r.proxyPersonId !== null)) problems.push(`attendance ${r.id}: a proxy person goes with status proxy and only with it`);
    const key = `${r.meetingId}:${r.personId}`;
    if (attendanceKeys.has(key)) problems.push(`attendance ${r.id}: person ${r.personId} recorded twice for meeting ${r.meetingId}`);
    attendanceKeys.add(key);
  }
  const meetingById = new Map(doc.meetings.map((m) => [m.id, m]));
  const sequences = new Map<string, number[]>();
  for (const r of doc.decisions) {
    ref('decisions', r, 'bodyId', r.bodyId, 'bodies', false);
    ref('decisions', r, 'meetingId', r.meetingId, 'meetings');
    ref('decisions', r, 'agendaItemId', r.agendaItemId, 'agendaItems');
    ref('decisions', r, 'ownerPersonId', r.ownerPersonId, 'persons');
    if (r.meetingId !== null && meetingById.get(r.meetingId)?.bodyId !== r.bodyId) problems.push(`decisions ${r.id}: its meeting belongs to another body`);
    if (r.agendaItemId !== null && itemById.get(r.agendaItemId)?.meetingId !== r.meetingId) problems.push(`decisions ${r.id}: its agenda item belongs to another meeting`);
    if (r.decidedOn && Number(r.decidedOn.slice(0, 4)) !== r.year) problems.push(`decisions ${r.id}: decided ${r.decidedOn} but numbered in ${r.year}`);
    const pattern = bodyById.get(r.bodyId)?.decisionNumberPattern;
    if (pattern && pattern.replace('{year}', String(r.year)).replace('{n}', String(r.sequence)) !== r.number) problems.push(`decisions ${r.id}: number "${r.number}" does not follow "${pattern}"`);
    const key = `${r.bodyId}:${r.year}`;
    sequences.set(key, [...(sequences.get(key) ?? []), r.sequence]);
  }
  for (const [key, list] of sequences) {
    const sorted = [...list].sort((a, b) => a - b);
    if (sorted.some((s, i) => s !== i + 1)) problems.push(`decisions of body:year ${key}: sequence ${sorted.join(',')} is not 1..${sorted.length} without gaps`);
  }
  const targetField: Record<DecisionLinkRecord['kind'], (keyof DecisionLinkRecord)[]> = {
    adopts_snapshot: ['snapshotId'],
    adopts_agreement: ['agreementId'],
    adopts_key: ['keyId'],
    supersedes: ['targetDecisionId'],
    relates_to: ['snapshotId', 'agreementId', 'keyId', 'targetDecisionId'],
  };
  for (const r of doc.decisionLinks) {
    ref('decisionLinks', r, 'decisionId', r.decisionId, 'decisions', false);
    ref('decisionLinks', r, 'snapshotId', r.snapshotId, 'snapshots');
    ref('decisionLinks', r, 'agreementId', r.agreementId, 'agreements');
    ref('decisionLinks', r, 'keyId', r.keyId, 'distributionKeys');
    ref('decisionLinks', r, 'targetDecisionId', r.targetDecisionId, 'decisions');
    const set = (['snapshotId', 'agreementId', 'keyId', 'targetDecisionId'] as const).filter((f) => r[f] !== null);
    if (set.length !== 1 || !targetField[r.kind].includes(set[0] as keyof DecisionLinkRecord)) problems.push(`decisionLinks ${r.id}: a ${r.kind} link needs exactly one target of the right kind`);
    if (r.targetDecisionId === r.decisionId) problems.push(`decisionLinks ${r.id}: a decision links to itself`);
  }
  for (const r of doc.agreements) {
    ref('agreements', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('agreements', r, 'counterpartyOrganisationId', r.counterpartyOrganisationId, 'organisations');
  }
  for (const r of doc.agreementParties) {
    ref('agreementParties', r, 'agreementId', r.agreementId, 'agreements', false);
    ref('agreementParties', r, 'organisationId', r.organisationId, 'organisations', false);
  }
  for (const r of doc.budgetLines) ref('budgetLines', r, 'cooperationId', r.cooperationId, 'cooperations', false);
  for (const r of doc.staffAllocations) {
    ref('staffAllocations', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('staffAllocations', r, 'personId', r.personId, 'persons');
  }
  for (const r of doc.fundingSources) {
    ref('fundingSources', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('fundingSources', r, 'funderOrganisationId', r.funderOrganisationId, 'organisations');
  }
  for (const r of doc.fundingAmounts) ref('fundingAmounts', r, 'fundingSourceId', r.fundingSourceId, 'fundingSources', false);
  for (const r of doc.distributionKeys) ref('distributionKeys', r, 'cooperationId', r.cooperationId, 'cooperations', false);
  for (const r of doc.scenarios) {
    ref('scenarios', r, 'cooperationId', r.cooperationId, 'cooperations', false);
    ref('scenarios', r, 'keyId', r.keyId, 'distributionKeys', false);
    ref('scenarios', r, 'baselineScenarioId', r.baselineScenarioId, 'scenarios');
  }
  for (const r of doc.snapshots) ref('snapshots', r, 'scenarioId', r.scenarioId, 'scenarios', false);
  return problems;
}

/** The document as written to disk: two-space JSON with a final newline. */
export function serialiseDocument(doc: WorkspaceDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function main(argv: string[]): number {
  try {
    const { document, notices } = buildDemoDocument();
    const text = serialiseDocument(document);
    const target = join(PROJECT_ROOT, DEMO_DOCUMENT_PATH);
    for (const notice of notices) console.warn(`note: ${notice}`);
    if (argv.includes('--check')) {
      const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
      if (current !== text) {
        console.error(`${DEMO_DOCUMENT_PATH} differs from a fresh build: run npx tsx scripts/build-demo-document.ts`);
        return 1;
      }
      console.log(`${DEMO_DOCUMENT_PATH} is up to date.`);
      return 0;
    }
    writeFileSync(target, text);
    const counts = Object.entries(document)
      .filter(([, value]) => Array.isArray(value))
      .map(([name, value]) => `${name} ${(value as unknown[]).length}`);
    console.log(`wrote ${DEMO_DOCUMENT_PATH}: ${counts.join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(`build-demo-document: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
