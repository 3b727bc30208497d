/** `andel decisions` as users run it: a separate process on a real demo workspace. */
import { describe, expect, it } from 'vitest';
import { runAndel, type CliResult } from '../../helpers/cli';
import { sha256File } from '../../helpers/file-hash';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

describe('andel decisions', { timeout: 120_000 }, () => {
  it('prints the register as a table, JSON or CSV, filtered by body, year and status, and reads only', () => {
    const file = tempDir().file('demo.andel');
    expect(andel('demo', file).status).toBe(0);
    const before = sha256File(file);

    const table = andel('decisions', file, '--body', 'Styrgrupp Bibliotek Skaraborg 9-gruppen');
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Number\s+Date\s+Status\s+Body\s+Title\n/);
    expect(table.stdout).toMatch(/SG 2016:1\s+2016-12-08\s+adopted\s+Styrgrupp Bibliotek Skaraborg 9-gruppen\s+Val av bibliotekssystem: Koha/);
    expect(table.stdout).toContain('5 of 8 decisions');

    const json = andel('decisions', file, '--body', 'styrgrupp', '--year', '2017', '--status', 'adopted,implemented', '--format', 'json');
    expect(json.status, json.stderr).toBe(0);
    const list = JSON.parse(json.stdout) as { rows: { number: string; status: string }[]; total: number };
    expect(list.rows.map((r) => r.number)).toEqual(['SG 2017:1', 'SG 2017:2', 'SG 2017:3', 'SG 2017:4']);
    expect(list.total).toBe(8);

    const csv = andel('decisions', file, '--format', 'csv', '--query', 'koha');
    expect(csv.status, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('number,decided_on,body,title,status,owner,review_on,tags,meeting,links,text');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['SG 2016:1', 'SG 2017:3']);
    expect(sha256File(file)).toBe(before);
  });

  it('ends with a clear message on stderr and a non-zero exit code', () => {
    const file = tempDir().file('demo.andel');
    expect(andel('demo', file).status).toBe(0);
    const unknownBody = andel('decisions', file, '--body', 'Kommunfullmäktige');
    expect(unknownBody.status).toBe(1);
    expect(unknownBody.stderr).toContain('andel: No body is called "Kommunfullmäktige". Bodies: Styrgrupp Bibliotek Skaraborg 9-gruppen;');
    expect(unknownBody.stderr).toContain('[NOT_FOUND]');
    expect(unknownBody.stdout).toBe('');
    const badStatus = andel('decisions', file, '--status', 'done');
    expect(badStatus.status).toBe(2); // a value --status never takes: the command line is wrong
    expect(badStatus.stderr).toContain('--status: "done" is not a status');
    const badFormat = andel('decisions', file, '--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format: "xml" is not a format');
    const missing = andel('decisions', tempDir().file('missing.andel'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^andel: /);
  });
});
