/** `andel minutes`, `extract`, `pack` and `calendar` as users run them: the built CLI on a real demo workspace. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAndel, type CliResult } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '', ANDEL_LANG: 'sv' });

describe('andel minutes, extract, pack and calendar', { timeout: 180_000 }, () => {
  it('writes the December 2016 minutes, the extract of SG 2016:1 and the pack as PDF/A, and the meeting as .ics', () => {
    const dir = tempDir();
    const file = dir.file('demo.andel');
    expect(andel('demo', file).status).toBe(0);

    const minutes = andel('minutes', file, '--meeting', '1', '--format', 'pdf', '--lang', 'sv', '--out', dir.file('protokoll.pdf'));
    expect(minutes.status, minutes.stderr).toBe(0);
    expect(minutes.stdout).toContain('protokoll.pdf');
    const text = execFileSync('pdftotext', [dir.file('protokoll.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('SG 2016:1');
    expect(text).toContain('UTKAST');
    expect(readFileSync(dir.file('protokoll.pdf')).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');

    // Without --out: a new file in "Andel exports" next to the workspace, named in the document's language.
    const extract = andel('extract', file, '--decision', 'SG 2016:1', '--lang', 'nb');
    expect(extract.status, extract.stderr).toBe(0);
    const exportsFolder = join(dirname(file), 'Andel exports');
    const written = readdirSync(exportsFolder).find((name) => name.startsWith('Protokollutskrift - SG 2016_1') || name.startsWith('Protokollutskrift - SG 2016'));
    expect(written, readdirSync(exportsFolder).join(', ')).toBeDefined();
    expect(execFileSync('pdftotext', [join(exportsFolder, written!), '-'], { encoding: 'utf8' })).toContain('Protokollutskrift SG 2016:1');

    const pack = andel('pack', file, '--meeting', '1', '--lang', 'en', '--out', dir.file('pack.pdf'));
    expect(pack.status, pack.stderr).toBe(0);
    expect(execFileSync('pdfinfo', [dir.file('pack.pdf')], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/u);

    const calendar = andel('calendar', file, '--meeting', '1', '--out', dir.file('mote.ics'));
    expect(calendar.status, calendar.stderr).toBe(0);
    const ics = readFileSync(dir.file('mote.ics'), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(ics).toContain('BEGIN:VEVENT\r\nUID:andel-meeting-1-');
    expect(ics).toContain('TZID:Europe/Stockholm');
  });

  it('refuses a format other than pdf, an unknown decision and a calendar without a meeting or year, writing nothing', () => {
    const dir = tempDir();
    const file = dir.file('demo.andel');
    expect(andel('demo', file).status).toBe(0);
    const xlsx = andel('minutes', file, '--meeting', '1', '--format', 'xlsx', '--out', dir.file('x.pdf'));
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain('”xlsx” är inget format');
    const unknown = andel('extract', file, '--decision', 'SG 1999:9');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('SG 1999:9');
    const which = andel('calendar', file);
    expect(which.status).toBe(2);
    expect(which.stderr).toContain('ange ett möte');
    expect(existsSync(dir.file('x.pdf'))).toBe(false);
    expect(existsSync(join(dirname(file), 'Andel exports'))).toBe(false);
  });
});
