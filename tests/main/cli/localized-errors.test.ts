/**
 * Errors from main read in the user's language wherever they surface: the desktop shell's dialogs
 * (the operating system's language), the CLI (--lang, ANDEL_LANG or the locale), and the API's
 * schema issues. Expected sentences are written by hand from the catalogue's intent.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { cliLanguage, reportError } from '../../../src/main/cli/cli-error';
import { storageError } from '../../../src/main/db/sqlite-errors';
import { errorDialogText } from '../../../src/main/electron/policy/error-message';
import { AndelError, localizeError, ref } from '../../../src/shared/errors';
import { languageOfLocale, translate } from '../../../src/shared/i18n/translate';
import { schemaIssueMessage } from '../../../src/shared/i18n/zod-issues';
import { isoDate } from '../../../src/shared/iso-date';

describe('the language of a message', () => {
  it.each([
    ['sv_SE.UTF-8', 'sv'],
    ['sv-SE', 'sv'],
    ['nb_NO.UTF-8', 'nb'],
    ['nn-NO', 'nb'],
    ['no', 'nb'],
    ['C.UTF-8', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (locale, lang) => {
    expect(languageOfLocale(locale)).toBe(lang);
  });

  it('the CLI takes --lang first, then ANDEL_LANG, then the locale', () => {
    expect(cliLanguage(['annex', 'x.andel', '--lang', 'nb'], { LANG: 'sv_SE.UTF-8' })).toBe('nb');
    expect(cliLanguage(['annex', '--lang=sv'], {})).toBe('sv');
    expect(cliLanguage(['info', 'x.andel'], { ANDEL_LANG: 'nb', LANG: 'sv_SE.UTF-8' })).toBe('nb');
    expect(cliLanguage(['info', 'x.andel'], { LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(cliLanguage(['info', 'x.andel'], { LC_ALL: 'nb_NO.UTF-8', LANG: 'sv_SE.UTF-8' })).toBe('nb');
    expect(cliLanguage(['info', 'x.andel'], {})).toBe('en');
  });
});

describe('errors from main in Swedish and Norwegian', () => {
  const locked = new AndelError('FILE_ERROR', ref('error.workspace.openElsewhere', { path: 'Skaraborg.andel', who: 'pid 42', lockPath: 'Skaraborg.andel.lock' }));

  it('keeps the English message for logs and scripts', () => {
    expect(locked.message).toBe('Skaraborg.andel is already open in another Andel window or process (pid 42). Close it there first; if that process has crashed, delete Skaraborg.andel.lock.');
  });

  it('a dialog in the system language', () => {
    expect(errorDialogText(ref('error.dialog.action.open', { name: 'Skaraborg.andel' }), locked, 'sv')).toEqual({
      message: 'Andel kunde inte öppna Skaraborg.andel.',
      detail: 'Skaraborg.andel är redan öppen i ett annat Andel-fönster eller en annan process (pid 42). Stäng den där först; om den processen har kraschat, ta bort Skaraborg.andel.lock.',
    });
    expect(errorDialogText(ref('error.dialog.action.close'), new Error('bug'), 'nb')).toEqual({
      message: 'Andel kunne ikke lukke arbeidsområdet.',
      detail: 'Det oppstod en intern feil. Ingenting ble endret. Detaljene ble skrevet til loggen.',
    });
  });

  it('the CLI writes the error in its language, with the stable code', () => {
    let out = '';
    const code = reportError(locked, (text) => (out += text), false, 'nb');
    expect(code).toBe(1);
    expect(out).toBe(
      'andel: Skaraborg.andel er allerede åpen i et annet Andel-vindu eller en annen prosess (pid 42). Lukk den der først; hvis den prosessen har krasjet, slett Skaraborg.andel.lock.\n  [FILE_ERROR]\n',
    );
  });

  it('a full disk, in Swedish, names the action in Swedish', () => {
    const full = storageError(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }));
    expect(full?.message).toMatch(/^Andel could not save the change: the disk is full\./u);
    expect(localizeError(full!.toApiError(), 'sv').message).toBe(
      'Andel kunde inte spara ändringen: disken är full. Frigör utrymme och försök igen. Ingenting skrevs till hälften: arbetsytan är som den var.',
    );
  });

  it('schema issues become field messages in the reader language', () => {
    const schema = z.object({ count: z.number().int().min(1), on: isoDate, kind: z.enum(['a', 'b']) }).strict();
    const parsed = schema.safeParse({ count: 0, on: '2018-06-31', kind: 'c', extra: 1 });
    expect(parsed.success).toBe(false);
    const sv = parsed.error!.issues.map((found) => {
      const { messageKey, params } = schemaIssueMessage(found);
      return `${found.path.join('.')}: ${translate('sv', messageKey, params)}`;
    });
    expect(sv).toEqual([
      'count: är för litet (minst 1)',
      'on: ”2018-06-31” är inget datum som finns (ÅÅÅÅ-MM-DD)',
      'kind: måste vara något av: a, b',
      ': okänt fält: extra',
    ]);
  });
});
