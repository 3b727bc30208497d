/**
 * The first schema of an Andel workspace: one table per collection of the workspace document.
 *
 * Frozen in time: a migration never imports app code and never changes once released, so that a
 * file written by any earlier build migrates the same way. Raw SQL keeps the CHECK constraints,
 * ON DELETE rules and triggers readable in one place.
 *
 * ON DELETE rules: a record that only exists inside its parent cascades (agenda items with their
 * meeting); an optional reference is cleared (SET NULL); a reference that carries history (a decision's
 * body, a scenario's key, a snapshot's scenario) is NO ACTION, so the delete is refused while it is
 * still referred to. NO ACTION (checked at the end of the statement) rather than RESTRICT, so a
 * cascade that removes both ends in one statement still works.
 */
import { sql, type Kysely } from 'kysely';

const enumCheck = (column: string, values: readonly string[]): string =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;
const date = (column: string, nullable = true): string =>
  `${column} TEXT${nullable ? '' : ' NOT NULL'} CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const name = (column = 'name'): string => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;
const year = 'year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200)';
const json = (column: string): string => `${column} TEXT NOT NULL CHECK (json_valid(${column}))`;
const immutable = (table: string): string[] => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} rows are immutable'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} rows are immutable'); END`,
];

const statements: string[] = [
  `CREATE TABLE meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format TEXT NOT NULL CHECK (format = 'andel-workspace'),
    ${name('workspace_name')},
    default_currency TEXT NOT NULL CHECK (length(default_currency) = 3 AND default_currency = upper(default_currency)),
    locale TEXT NOT NULL ${enumCheck('locale', ['sv', 'nb', 'en'])},
    created_at TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    ${name()},
    kind TEXT NOT NULL ${enumCheck('kind', ['municipality', 'region', 'county', 'federation', 'association', 'state_agency', 'company', 'other'])},
    org_number TEXT,
    official_code TEXT,
    country_code TEXT NOT NULL CHECK (length(country_code) = 2),
    notes TEXT
  ) STRICT`,

  `CREATE TABLE metric_values (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    ${year},
    value INTEGER NOT NULL CHECK (value >= 0),
    ${date('reference_date', false)},
    source TEXT,
    UNIQUE (organisation_id, metric, year)
  ) STRICT`,

  `CREATE TABLE cooperations (
    id INTEGER PRIMARY KEY,
    ${name()},
    kind TEXT NOT NULL ${enumCheck('kind', ['consortium', 'service', 'project', 'association', 'platform', 'other'])},
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    description TEXT,
    ${date('start_date')},
    ${date('end_date')},
    host_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL
  ) STRICT`,

  `CREATE TABLE participations (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE NO ACTION,
    role TEXT NOT NULL ${enumCheck('role', ['member', 'observer', 'administrative_party'])},
    ${date('joined_on')},
    ${date('left_on')},
    via_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    notes TEXT
  ) STRICT`,

  `CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    ${name()},
    title TEXT,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    email TEXT
  ) STRICT`,

  `CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${name()},
    kind TEXT NOT NULL ${enumCheck('kind', ['steering_group', 'governance_council', 'preparatory_council', 'working_group', 'management_team', 'board', 'other'])},
    mandate TEXT,
    parent_body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    permanent INTEGER NOT NULL CHECK (permanent IN (0, 1)),
    ${date('start_date')},
    ${date('end_date')},
    replaced_by_body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    decision_number_pattern TEXT NOT NULL CHECK (instr(decision_number_pattern, '{year}') > 0 AND instr(decision_number_pattern, '{n') > 0)
  ) STRICT`,

  `CREATE TABLE seats (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE NO ACTION,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    role TEXT NOT NULL ${enumCheck('role', ['chair', 'vice_chair', 'secretary', 'member', 'observer', 'adjunct'])},
    ${date('from_date')},
    ${date('to_date')}
  ) STRICT`,

  `CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    place TEXT,
    link TEXT,
    status TEXT NOT NULL ${enumCheck('status', ['planned', 'held', 'cancelled'])}
  ) STRICT`,

  `CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    ${name('title')},
    kind TEXT NOT NULL ${enumCheck('kind', ['information', 'discussion', 'decision'])},
    presenter_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    estimated_minutes INTEGER NOT NULL CHECK (estimated_minutes BETWEEN 0 AND 600),
    proposal TEXT,
    minutes TEXT
  ) STRICT`,

  `CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    status TEXT NOT NULL ${enumCheck('status', ['present', 'absent', 'proxy'])},
    proxy_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL
  ) STRICT`,

  `CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    type TEXT NOT NULL ${enumCheck('type', ['cooperation', 'distribution_key', 'operations_support', 'hosting', 'data_processing', 'user_agreement', 'decision_procedure', 'other'])},
    ${name('title')},
    counterparty_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    ${date('signed_on')},
    ${date('start_date')},
    initial_term_months INTEGER CHECK (initial_term_months IS NULL OR initial_term_months >= 1),
    renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months >= 1),
    notice_months INTEGER CHECK (notice_months IS NULL OR notice_months >= 0),
    notes TEXT
  ) STRICT`,

  `CREATE TABLE agreement_parties (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE NO ACTION,
    role TEXT NOT NULL ${enumCheck('role', ['party', 'counterparty', 'signatory'])}
  ) STRICT`,

  `CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${year},
    kind TEXT NOT NULL ${enumCheck('kind', ['revenue', 'cost'])},
    category TEXT NOT NULL,
    ${name('label')},
    amount INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    CHECK ((kind = 'revenue' AND amount >= 0) OR (kind = 'cost' AND amount <= 0))
  ) STRICT`,

  `CREATE TABLE staff_allocations (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${name('role')},
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    annual_cost INTEGER NOT NULL CHECK (annual_cost >= 0)
  ) STRICT`,

  // A staff allocation's dated periods; the document holds them as an ordered array without ids.
  `CREATE TABLE staff_allocation_periods (
    id INTEGER PRIMARY KEY,
    staff_allocation_id INTEGER NOT NULL REFERENCES staff_allocations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    ${date('from_date', false)},
    ${date('to_date', false)},
    percent REAL NOT NULL CHECK (percent BETWEEN 0 AND 100),
    CHECK (from_date <= to_date),
    UNIQUE (staff_allocation_id, position)
  ) STRICT`,

  `CREATE TABLE funding_sources (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${name()},
    funder_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    purpose TEXT
  ) STRICT`,

  `CREATE TABLE funding_amounts (
    id INTEGER PRIMARY KEY,
    funding_source_id INTEGER NOT NULL REFERENCES funding_sources(id) ON DELETE CASCADE,
    ${year},
    amount INTEGER NOT NULL CHECK (amount >= 0),
    status TEXT NOT NULL ${enumCheck('status', ['secured', 'expected', 'uncertain'])}
  ) STRICT`,

  `CREATE TABLE distribution_keys (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${name()},
    version INTEGER NOT NULL CHECK (version >= 1),
    ${json('definition')},
    note TEXT,
    UNIQUE (cooperation_id, name, version)
  ) STRICT`,

  `CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY,
    cooperation_id INTEGER NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
    ${name()},
    description TEXT,
    key_id INTEGER NOT NULL REFERENCES distribution_keys(id) ON DELETE NO ACTION,
    baseline_scenario_id INTEGER REFERENCES scenarios(id) ON DELETE SET NULL,
    ${json('definition')}
  ) STRICT`,

  `CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE NO ACTION,
    created_at TEXT NOT NULL,
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    ${json('content')}
  ) STRICT`,
  ...immutable('snapshots'),

  `CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE NO ACTION,
    ${year},
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    number TEXT NOT NULL,
    ${date('decided_on')},
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    ${name('title')},
    text TEXT NOT NULL,
    status TEXT NOT NULL ${enumCheck('status', ['proposed', 'adopted', 'rejected', 'postponed', 'implemented', 'superseded'])},
    owner_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    ${date('review_on')},
    ${json('tags')},
    UNIQUE (body_id, year, sequence)
  ) STRICT`,

  `CREATE TABLE decision_links (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL ${enumCheck('kind', ['adopts_snapshot', 'adopts_agreement', 'adopts_key', 'supersedes', 'relates_to'])},
    snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE NO ACTION,
    agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE,
    key_id INTEGER REFERENCES distribution_keys(id) ON DELETE CASCADE,
    target_decision_id INTEGER REFERENCES decisions(id) ON DELETE CASCADE
  ) STRICT`,

  // The log of exports records what left the workspace; like snapshots it is never rewritten.
  `CREATE TABLE export_log (
    id INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    kind TEXT NOT NULL ${enumCheck('kind', ['annex', 'invoicing_basis', 'decision_register', 'meeting_pack', 'workspace_document', 'other'])},
    snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE NO ACTION,
    scenario_id INTEGER REFERENCES scenarios(id) ON DELETE NO ACTION,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
  ) STRICT`,
  ...immutable('export_log'),

  `CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL ${enumCheck('action', ['create', 'update', 'delete'])},
    ${json('before')},
    ${json('after')}
  ) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'audit_log', 'export_log', 'decision_links', 'decisions', 'snapshots', 'scenarios', 'distribution_keys',
    'funding_amounts', 'funding_sources', 'staff_allocation_periods', 'staff_allocations', 'budget_lines',
    'agreement_parties', 'agreements', 'attendance', 'agenda_items', 'meetings', 'seats', 'bodies', 'persons',
    'participations', 'cooperations', 'metric_values', 'organisations', 'meta',
  ];
  for (const table of tables) await sql.raw(`DROP TABLE ${table}`).execute(db);
}
