/**
 * `scenario`, `keys` and `adopt`: a stored scenario's charges per member, year and component;
 * the distribution keys; adopting a scenario by a decision. `scenario` and `keys` read an
 * in-memory copy (no lock, no write), so they also work while the file is open in the app.
 */
import type { Command } from 'commander';
import type { ScenarioMemberRef, ScenarioSummary } from '../../../shared/api/channels/scenarios.channels';
import { minorToText, type ResolvedScenario, type ScenarioCharges } from '../../../shared/calc';
import { invalidField, ref } from '../../../shared/errors';
import { openWorkspace } from '../../db/open-workspace';
import { listKeys } from '../../services/scenarios/key.service';
import { findCooperationByName, findScenarioByNames, storedScenarioCharges } from '../../services/scenarios/scenario.service';
import { adoptScenarioByNames } from '../../services/scenarios/snapshot.service';
import { csvNumber, csvText, neutraliseFormula } from '../../export/text-export';
import type { CliIo } from '../cli-io';
import { cliLine, cliText } from '../cli-words';
import { readingWorkspace } from '../../db/read-workspace';
import { commandDescription } from '../command-table';

interface Row {
  member: string;
  organisationId: number | null;
  year: number;
  components: number[];
  roundingAdjustment: number;
  /** The scenario's per-member adjustments (surcharges and discounts), included in gross. */
  memberAdjustments: number;
  gross: number;
  subsidies: number;
  net: number;
}

export interface ChargeTable {
  currency: string;
  components: { id: string; label: string }[];
  /** Whether any member-year carries a per-member adjustment (then the tables show a column for them). */
  adjusted: boolean;
  /** One row per paying member and year, then one TOTAL row per year. */
  rows: Row[];
}

/**
 * What the tables are written from: the scenario, its members as the workspace knows them, and the
 * engine's charges one member-year at a time (scenarioCharges), so that a large consortium's table
 * never holds every member's whole result besides its own rows.
 */
export interface ChargesComputation {
  scenario: Pick<ScenarioSummary, 'id' | 'name'>;
  members: ScenarioMemberRef[];
  resolved: ResolvedScenario;
  charges: ScenarioCharges;
}

/** The paying members (role member) with their index in the charges, alphabetically. */
function payingMembers(computation: ChargesComputation): { index: number; member: ResolvedScenario['members'][number] }[] {
  const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
  return computation.resolved.members
    .map((member, index) => ({ index, member }))
    .filter(({ member }) => member.role === 'member')
    .sort((a, b) => collator.compare(a.member.name, b.member.name) || (a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0));
}

/** The key's components in the engine's order (its ids, as the totals list them). */
const componentIdsOf = (charges: ScenarioCharges): string[] => Object.keys(charges.totals[0]?.byComponent ?? {});

/**
 * The components with the label each is charged under, or its id where nobody is charged it
 * (`charged`: the ids met while the rows were built). A charge carries its component's label from
 * the key, so the key is where it is read.
 */
function componentsOf(computation: ChargesComputation, charged: ReadonlySet<string>): ChargeTable['components'] {
  const labels = new Map(computation.resolved.key.components.map((c) => [c.id, c.label]));
  return componentIdsOf(computation.charges).map((id) => ({ id, label: charged.has(id) ? (labels.get(id) ?? id) : id }));
}

/** Every paying member's charge per year and component, alphabetically, then the totals per year. */
export function chargeTable(computation: ChargesComputation, year?: number): ChargeTable {
  const { charges } = computation;
  const componentIds = componentIdsOf(charges);
  const charged = new Set<string>();
  const orgOf = new Map(computation.members.map((m) => [m.memberId, m.organisationId]));
  const years = year === undefined ? [...charges.years] : [year];
  const members = payingMembers(computation);
  // Built a year at a time (the order the engine's columns are cheapest to read in), listed member by member.
  const byMember = members.map((): Row[] => []);
  let adjusted = false;
  // Every year is built, also under --year: a component's label and the adjustments column show
  // wherever they apply in the horizon.
  charges.years.forEach((y, t) => {
    members.forEach(({ index, member }, k) => {
      const charge = charges.charge(index, t);
      for (const c of charge.components) charged.add(c.componentId);
      if (charge.adjustments.length > 0) adjusted = true;
      if (!years.includes(y)) return;
      (byMember[k] as Row[]).push({
        member: member.name,
        organisationId: orgOf.get(member.id) ?? null,
        year: y,
        components: componentIds.map((id) => charge.components.filter((c) => c.componentId === id).reduce((s, c) => s + c.amount, 0)),
        roundingAdjustment: charge.roundingAdjustment,
        memberAdjustments: charge.adjustment,
        gross: charge.gross,
        subsidies: charge.subsidies,
        net: charge.net,
      });
    });
  });
  const rows = byMember.flat();
  for (const y of years) {
    const t = charges.totals.find((total) => total.year === y);
    const ofYear = rows.filter((r) => r.year === y);
    rows.push({
      member: 'TOTAL',
      organisationId: null,
      year: y,
      components: componentIds.map((id) => t?.byComponent[id] ?? 0),
      roundingAdjustment: ofYear.reduce((s, r) => s + r.roundingAdjustment, 0),
      memberAdjustments: t?.adjustments ?? 0,
      gross: t?.gross ?? 0,
      subsidies: t?.subsidies ?? 0,
      net: t?.net ?? 0,
    });
  }
  return { currency: charges.currency, components: componentsOf(computation, charged), adjusted, rows };
}

export function toCsv(table: ChargeTable): string {
  // Names and component ids are user text (csvText: a formula-like name gets a leading apostrophe); amounts are Andel's numbers.
  const money = (minor: number): string => csvNumber(minorToText(minor, table.currency));
  // The member_adjustments column only when a scenario has per-member adjustments, so other tables keep their shape.
  const adj = table.adjusted;
  const header = ['member', 'organisation_id', 'year', ...table.components.map((c) => c.id), 'rounding_adjustment', ...(adj ? ['member_adjustments'] : []), 'gross', 'subsidies', 'net'];
  const lines = [header.map(csvText).join(',')];
  for (const r of table.rows) {
    lines.push(
      [csvText(r.member), r.organisationId === null ? '' : csvNumber(String(r.organisationId)), csvNumber(String(r.year)), ...r.components.map(money), money(r.roundingAdjustment), ...(adj ? [money(r.memberAdjustments)] : []), money(r.gross), money(r.subsidies), money(r.net)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function toText(table: ChargeTable, title: string): string {
  const money = (minor: number): string => minorToText(minor, table.currency);
  const adj = table.adjusted;
  const col = (name: 'member' | 'year' | 'adjustment' | 'memberAdj' | 'gross' | 'subsidies' | 'net'): string => cliText(`cli.col.${name}`);
  const header = [col('member'), col('year'), ...table.components.map((c) => c.id), col('adjustment'), ...(adj ? [col('memberAdj')] : []), col('gross'), col('subsidies'), col('net')];
  // A line starts with the member's name: neutralised, so the table saved as text and opened in a spreadsheet runs no formula.
  // The total rows (no organisation) are named in the reader's language.
  const body = table.rows.map((r) => [r.organisationId === null && r.member === 'TOTAL' ? cliText('cli.col.total') : neutraliseFormula(r.member), String(r.year), ...r.components.map(money), money(r.roundingAdjustment), ...(adj ? [money(r.memberAdjustments)] : []), money(r.gross), money(r.subsidies), money(r.net)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  // A component without a label of its own is named by its id already: nothing to explain.
  const legend = table.components.filter((c) => c.label !== c.id).map((c) => `  ${c.id}: ${c.label}\n`);
  return `${cliText('cli.scenario.title', { title, currency: table.currency })}\n${legend.join('')}\n${line(header)}\n${body.map(line).join('\n')}\n`;
}

function toJson(computation: ChargesComputation, cooperation: { id: number; name: string }, year?: number): string {
  const { charges, resolved } = computation;
  const orgOf = new Map(computation.members.map((m) => [m.memberId, m.organisationId]));
  const inYear = (y: number): boolean => year === undefined || y === year;
  const charged = new Set<string>();
  // In the scenario's order, as the engine lists them.
  const members = resolved.members.flatMap((m, i) =>
      m.role !== 'member'
        ? []
        : [
            {
              organisationId: orgOf.get(m.id) ?? null,
              memberId: m.id,
              name: m.name,
              category: m.category,
              invoicedVia: m.invoicedVia,
              years: charges.years.flatMap((year, t) => {
                // Every year is built, also under --year: a component's label shows wherever it is charged in the horizon.
                const y = charges.charge(i, t);
                for (const c of y.components) charged.add(c.componentId);
                if (!inYear(year)) return [];
                return [
                  {
                    year: y.year,
                    charged: y.charged,
                    components: Object.fromEntries(y.components.map((c) => [c.componentId, c.amount])),
                    subsidiesByFunder: y.components.flatMap((c) => c.subsidies.map((s) => ({ componentId: c.componentId, funder: s.funder, amount: s.amount }))),
                    roundingAdjustment: y.roundingAdjustment,
                    ...(y.adjustments.length > 0 ? { adjustments: y.adjustments.map((a) => ({ id: a.adjustmentId, kind: a.kind, reason: a.reason, amount: a.amount })) } : {}),
                    gross: y.gross,
                    subsidies: y.subsidies,
                    net: y.net,
                  },
                ];
              }),
            },
          ],
  );
  const doc = {
    cooperation,
    scenario: { id: computation.scenario.id, name: computation.scenario.name },
    currency: charges.currency,
    units: 'minor',
    years: charges.years.filter(inYear),
    components: componentsOf(computation, charged),
    members,
    totals: charges.totals.filter((t) => inYear(t.year)),
    funders: charges.funders,
    funding: charges.funding,
    balance: charges.balance.filter((b) => inYear(b.year)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function registerScenarioCommands(program: Command, io: CliIo): void {
  program
    .command('scenario')
    .description(commandDescription('scenario'))
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--scenario <name>', 'the scenario, by name')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--year <year>', 'only this year')
    .action(async (file: string, options: { cooperation: string; scenario: string; format: string; year?: string }) => {
      if (!['table', 'csv', 'json'].includes(options.format)) throw invalidField('--format', 'error.option.format', { value: options.format, formats: 'table, csv, json' });
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && !Number.isInteger(year)) throw invalidField('--year', 'error.option.year', { value: options.year ?? '' });
      const { cooperation, computation } = await readingWorkspace(file, async (db) => {
        const found = await findScenarioByNames(db, options.cooperation, options.scenario);
        return { cooperation: found.cooperation, computation: await storedScenarioCharges(db, { scenarioId: found.scenario.id }) };
      });
      if (year !== undefined && !computation.charges.years.includes(year)) {
        const ys = computation.charges.years;
        throw invalidField('--year', 'error.export.yearOutsideHorizon', { year, from: ys[0] ?? '', to: ys[ys.length - 1] ?? '' });
      }
      if (options.format === 'json') io.out(toJson(computation, { id: cooperation.id, name: cooperation.name }, year));
      else if (options.format === 'csv') io.out(toCsv(chargeTable(computation, year)));
      else io.out(toText(chargeTable(computation, year), `${cooperation.name} — ${computation.scenario.name}`));
      computation.charges.release();
    });

  program
    .command('keys')
    .description(commandDescription('keys'))
    .argument('<file>', 'the workspace file')
    .option('--cooperation <name>', 'only this cooperation, by name')
    .option('--json', 'print the list as JSON')
    .action(async (file: string, options: { cooperation?: string; json?: boolean }) => {
      const keys = await readingWorkspace(file, async (db) => {
        const cooperationId = options.cooperation === undefined ? undefined : (await findCooperationByName(db, options.cooperation)).id;
        return listKeys(db, cooperationId === undefined ? {} : { cooperationId });
      });
      if (options.json) {
        io.out(`${JSON.stringify(keys, null, 2)}\n`);
        return;
      }
      const lines = keys.map((k) =>
        cliText('cli.keys.line', { id: String(k.id).padStart(4), cooperation: k.cooperationId, ref: k.ref, version: k.version, older: k.latest ? '' : cliText('cli.keys.older'), family: k.family.padEnd(12), name: k.name, scenarios: ref(k.scenarioCount === 1 ? 'cli.keys.scenarios_one' : 'cli.keys.scenarios_other', { count: k.scenarioCount }) }),
      );
      io.out(lines.length > 0 ? `${lines.join('\n')}\n` : cliLine('cli.keys.none'));
    });

  program
    .command('adopt')
    .description(commandDescription('adopt'))
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--scenario <name>', 'the scenario, by name')
    .requiredOption('--decision <number>', 'the adopting decision, by its number (e.g. "SG 2017:3")')
    .action(async (file: string, options: { cooperation: string; scenario: string; decision: string }) => {
      const workspace = await openWorkspace(file);
      try {
        const snapshot = await adoptScenarioByNames(workspace.db, options, () => new Date());
        const numbers = snapshot.decisions.map((d) => d.number).join(', ') || options.decision;
        io.out(cliLine('cli.adopt.done', { id: snapshot.id, scenario: snapshot.scenarioName, decisions: numbers, sha: snapshot.contentHash }));
      } finally {
        await workspace.close();
      }
    });
}
