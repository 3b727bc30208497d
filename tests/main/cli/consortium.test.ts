/**
 * A small consortium built with the command line alone, as a user would: an empty workspace,
 * a cooperation, five municipalities taken from the shipped list by their kommunkod, an
 * administrative party invoicing for two of them, an observer, one participation ended and one
 * changed. Then the lists read back as JSON, and bad options end with exit code 2.
 *
 * The steps run the CLI program in-process (runCli, the same code `andel` runs, with its output
 * captured), so two dozen commands stay quick; one bad option is also run as a real child process
 * to check the exit code a shell sees.
 */
import { describe, expect, it } from 'vitest';
import type { CooperationSummary, ParticipantRow } from '../../../src/shared/api/channels/cooperations.channels';
import type { OrganisationRecord } from '../../../src/shared/document/workspace-document.schema';
import { runAndel } from '../../helpers/cli';
import { andelInProcess as andel, andelOk as ok } from '../../helpers/cli-in-process';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('building a consortium with the CLI alone', () => {
  it('creates the workspace, the cooperation, five members from the list and a party invoicing for two', async () => {
    const file = tempDir().file('skaraborg.andel');
    expect(await ok('create-workspace', file, '--name', 'Skaraborg')).toMatch(/Created the empty workspace/);
    // An empty workspace has no cooperation.
    expect(JSON.parse(await ok('cooperation', 'list', file, '--format', 'json'))).toEqual([]);

    await ok('cooperation', 'create', file, '--name', 'Bibliotek Skaraborg', '--kind', 'consortium', '--currency', 'SEK', '--country', 'SE', '--start', '2027-01-01');
    // Five municipalities from the shipped list, by kommunkod: the name and kind come from the list.
    for (const code of ['1496', '1497', '1472', '1493', '1499']) await ok('organisation', 'create', file, '--country', 'SE', '--code', code);
    await ok('organisation', 'create', file, '--name', 'Skaraborgs kommunalförbund', '--kind', 'federation', '--country', 'SE', '--org-number', '222000-1222');
    await ok('cooperation', 'edit', file, '--cooperation', 'skaraborg', '--host', '1496', '--end', '2029-12-31');

    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'kommunalförbund', '--role', 'administrative_party', '--joined', '2027-01-01');
    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', '1496', '--joined', '2027-01-01');
    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'Hjo', '--joined', '2027-01-01', '--via', 'kommunalförbund');
    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'Tibro', '--joined', '2027-03-01', '--via', 'kommunalförbund');
    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'SE:1493', '--joined', '2027-01-01');
    await ok('participant', 'add', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'Falköping', '--role', 'observer');
    expect(await ok('participant', 'end', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'Mariestad', '--left', '2028-12-31')).toMatch(/Mariestad: member from 2027-01-01 until 2028-12-31/);
    await ok('participant', 'change', file, '--cooperation', 'Bibliotek Skaraborg', '--organisation', 'Falköping', '--role', 'member', '--joined', '2028-01-01');

    const organisations = JSON.parse(await ok('organisation', 'list', file, '--format', 'json')) as OrganisationRecord[];
    expect(organisations.map((o) => [o.name, o.kind, o.officialCode])).toEqual([
      ['Skövde', 'municipality', '1496'],
      ['Hjo', 'municipality', '1497'],
      ['Tibro', 'municipality', '1472'],
      ['Mariestad', 'municipality', '1493'],
      ['Falköping', 'municipality', '1499'],
      ['Skaraborgs kommunalförbund', 'federation', null],
    ]);

    const participants = JSON.parse(await ok('participant', 'list', file, '--cooperation', 'skaraborg', '--format', 'json')) as ParticipantRow[];
    const summary = participants.map((p) => [p.organisationName, p.role, p.joinedOn, p.leftOn, p.viaOrganisationName]);
    expect(summary).toEqual([
      ['Falköping', 'member', '2028-01-01', null, null],
      ['Hjo', 'member', '2027-01-01', null, 'Skaraborgs kommunalförbund'],
      ['Mariestad', 'member', '2027-01-01', '2028-12-31', null],
      ['Skaraborgs kommunalförbund', 'administrative_party', '2027-01-01', null, null],
      ['Skövde', 'member', '2027-01-01', null, null],
      ['Tibro', 'member', '2027-03-01', null, 'Skaraborgs kommunalförbund'],
    ]);

    const [cooperation] = JSON.parse(await ok('cooperation', 'list', file, '--format', 'json')) as CooperationSummary[];
    // Members: Falköping (changed from observer), Hjo, Mariestad, Skövde, Tibro = 5; one administrative party; no observer left.
    expect(cooperation).toMatchObject({ name: 'Bibliotek Skaraborg', countryCode: 'SE', currency: 'SEK', hostOrganisationName: 'Skövde', endDate: '2029-12-31', memberCount: 5, observerCount: 0, administrativePartyCount: 1 });

    // Archive, then it only shows with --all.
    await ok('cooperation', 'archive', file, '--cooperation', 'skaraborg');
    expect(JSON.parse(await ok('cooperation', 'list', file, '--format', 'json'))).toEqual([]);
    expect((JSON.parse(await ok('cooperation', 'list', file, '--all', '--format', 'json')) as CooperationSummary[])[0]?.archivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses bad options with a message on stderr and exit code 2, and a refused change with exit code 1', async () => {
    const file = tempDir().file('bad.andel');
    await ok('create-workspace', file);
    await ok('cooperation', 'create', file, '--name', 'Tjeneste', '--currency', 'NOK');
    await ok('organisation', 'create', file, '--country', 'NO', '--code', '0301');
    await ok('organisation', 'create', file, '--country', 'NO', '--code', '4601');

    const cases: [string[], RegExp][] = [
      [['cooperation', 'create', file, '--name', 'X', '--currency', 'EUR', '--country', 'SE'], /--currency: expected SEK or NOK/],
      [['cooperation', 'create', file, '--name', 'X', '--currency', 'SEK', '--start', '2027-06-31'], /--start: "2027-06-31" is not a date that exists/],
      [['participant', 'add', file, '--cooperation', 'Tjeneste', '--organisation', 'Oslo', '--role', 'boss'], /--role: expected member, observer or administrative_party/],
      // Bergen is not an administrative party of the cooperation.
      [['participant', 'add', file, '--cooperation', 'Tjeneste', '--organisation', 'Oslo', '--via', 'Bergen'], /--via: [^\n]*not an administrative party/],
      [['organisation', 'create', file, '--country', 'SE', '--code', '9999'], /--code: SE 9999 is not in the shipped list/],
      [['cooperation', 'list', file, '--format', 'xml'], /--format: "xml" is not a format/],
      [['create-workspace', tempDir().file('x.andel'), '--currency', 'DKK'], /--currency: "DKK" is not SEK or NOK/],
    ];
    for (const [args, message] of cases) {
      const result = await andel(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    // A well-formed command the workspace refuses (Oslo twice) is exit code 1.
    await ok('participant', 'add', file, '--cooperation', 'Tjeneste', '--organisation', '0301');
    const twice = await andel('participant', 'add', file, '--cooperation', 'Tjeneste', '--organisation', '0301');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already takes part[\s\S]*\[CONFLICT\]/);

    // As a shell sees it: a real process, exit code 2, the message on stderr.
    const shell = runAndel(['cooperation', 'create', file, '--name', 'Y', '--currency', 'EUR'], { ANDEL_DEBUG: '', ANDEL_LANG: 'en' });
    expect(shell.status).toBe(2);
    expect(shell.stderr).toMatch(/--currency: expected SEK or NOK/);
  });
});
