/**
 * The CLI as users run it: a separate Node process on real files. Slow-ish (a process per
 * command), so each test does a meaningful sequence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownMigrationNames } from '../../../src/main/db/migrations/migration-names';
import { runAndel, type CliResult } from '../../helpers/cli';
import { sha256File } from '../../helpers/file-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture, richFixturePath } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

describe('andel CLI', { timeout: 120_000 }, () => {
  it('demo writes a workspace, refuses to overwrite it without --force, replaces it with --force', () => {
    const dir = tempDir();
    const file = dir.file('demo.andel');
    const first = andel('demo', file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Wrote the demo workspace to ${file}`);

    const before = sha256File(file);
    const refused = andel('demo', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already exists; use --force to replace it');
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(sha256File(file)).toBe(before);

    const forced = andel('demo', file, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    // --force over real work keeps a safety copy in <file>-backups/, byte for byte the file it replaced.
    expect(dir.list().sort()).toEqual(['demo.andel', 'demo.andel-backups']);
    const kept = /Kept a copy of the file it replaced at (.+)\n/u.exec(forced.stdout)?.[1];
    expect(kept).toMatch(/demo\.andel-backups[/\\]demo-before-restore-\d{8}T\d{6}\d{0,3}Z\.andel$/u);
    expect(sha256File(kept!)).toBe(before);
    const listed = andel('backups', file);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('before-restore');

    const info = andel('info', file, '--json');
    expect(info.status, info.stderr).toBe(0);
    const summary = JSON.parse(info.stdout) as { schemaVersion: string; counts: Record<string, number> };
    expect(summary.schemaVersion).toBe(knownMigrationNames.at(-1));
    expect(summary.counts.organisations).toBeGreaterThan(0);
    // Every area of the schema holds demo data, including an adopted snapshot linked to its decision.
    for (const table of ['organisations', 'metric_values', 'cooperations', 'participations', 'bodies', 'seats', 'meetings', 'agenda_items', 'attendance', 'decisions', 'decision_links', 'agreements', 'budget_lines', 'staff_allocations', 'funding_sources', 'funding_amounts', 'distribution_keys', 'scenarios', 'snapshots']) {
      expect(summary.counts[table], table).toBeGreaterThan(0);
    }
    expect(andel('info', file).stdout).toMatch(new RegExp(`Schema version\\s+${knownMigrationNames.at(-1)!}[\\s\\S]*organisations\\s+\\d+`));
  });

  it('export-json and import-json round-trip a workspace exactly', () => {
    const dir = tempDir();
    expect(andel('import-json', dir.file('a.andel'), '--from', richFixturePath).status).toBe(0);
    expect(andel('export-json', dir.file('a.andel'), '--out', dir.file('a.json')).status).toBe(0);
    expect(JSON.parse(readFileSync(dir.file('a.json'), 'utf8'))).toEqual(loadRichFixture());

    expect(andel('import-json', dir.file('b.andel'), '--from', dir.file('a.json')).status).toBe(0);
    const toStdout = andel('export-json', dir.file('b.andel'), '--out', '-');
    expect(toStdout.stdout).toBe(readFileSync(dir.file('a.json'), 'utf8'));

    const existing = andel('import-json', dir.file('a.andel'), '--from', dir.file('a.json'));
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('already exists');
  });

  it('reports every problem of an invalid document, with paths, and creates nothing', () => {
    const dir = tempDir();
    const doc = loadRichFixture();
    doc.participations[3]!.organisationId = 99;
    doc.staffAllocations[0]!.periods[2]!.to = '2017-06-31';
    writeFileSync(dir.file('bad.json'), JSON.stringify(doc));
    const result = andel('import-json', dir.file('bad.andel'), '--from', dir.file('bad.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('participations[3].organisationId: no organisation with id 99');
    expect(result.stderr).toContain('staffAllocations[0].periods[2].to: "2017-06-31" is not a date that exists');
    expect(result.stderr).toContain('[INVALID_INPUT]');
    expect(dir.list()).toEqual(['bad.json']);

    writeFileSync(dir.file('broken.json'), '{ "format": ');
    const broken = andel('import-json', dir.file('x.andel'), '--from', dir.file('broken.json'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it('refuses a file that is not a workspace, and prints a stack only with ANDEL_DEBUG=1', () => {
    const dir = tempDir();
    writeFileSync(dir.file('notes.txt'), 'hello');
    const result = andel('info', dir.file('notes.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('andel: notes.txt is not an Andel workspace: it is not a SQLite database file. The file was not changed.\n  [NOT_A_WORKSPACE]\n');

    const debug = runAndel(['info', dir.file('notes.txt')], { ANDEL_DEBUG: '1' });
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(andel('nonsense').status).toBe(2);
    expect(andel('export-json', dir.file('notes.txt')).stderr).toContain("required option '--out <doc.json>' not specified");
  });
});
