/**
 * Issue [3/9] item 12: the application menu and main's own dialogs read in the user's language.
 * Expected Swedish and Norwegian words are written by hand here.
 */
import { describe, expect, it } from 'vitest';
import { buildMenuSpec, type MenuItemSpec, type MenuState } from '../../../src/main/electron/policy/menu-spec';
import { restoreConfirmation, restoreDialogFilters } from '../../../src/main/electron/policy/restore-backup';
import { suggestedCopyName, workspaceFileFilters } from '../../../src/main/electron/policy/workspace-files';

const base: MenuState = { platform: 'linux', isDev: false, recentFiles: [], hasWorkspace: true };

/** Every label of the menu, depth first (Electron's roles bring their own labels). */
function labels(items: readonly MenuItemSpec[]): string[] {
  return items.flatMap((item) => (item.kind === 'submenu' ? [item.label, ...labels(item.items)] : item.kind === 'command' ? [item.label] : []));
}

describe('the menu in the user language', () => {
  it('Swedish', () => {
    expect(labels(buildMenuSpec({ ...base, language: 'sv' }))).toEqual([
      '&Arkiv', 'Ny arbetsyta…', 'Öppna…', 'Öppna senaste', 'Inga senaste arbetsytor', 'Anslut till en server…', 'Spara en kopia…', 'Återställ från säkerhetskopia…', 'Stäng arbetsytan', 'Avsluta',
      '&Redigera', '&Visa', '&Hjälp', 'Om Andel',
    ]);
  });

  it('Norwegian on macOS, with the app menu and Window', () => {
    const menu = labels(buildMenuSpec({ ...base, platform: 'darwin', language: 'nb', recentFiles: ['/x/Skaraborg.andel'] }));
    expect(menu).toEqual([
      'Andel', 'Om Andel', 'Avslutt Andel',
      '&Fil', 'Nytt arbeidsområde…', 'Åpne…', 'Åpne nylig brukte', 'Skaraborg.andel', 'Tøm listen', 'Koble til en server…', 'Lagre en kopi…', 'Gjenopprett fra sikkerhetskopi…', 'Lukk arbeidsområdet',
      '&Rediger', '&Vis', 'Vindu', '&Hjelp', 'Om Andel',
    ]);
  });

  it('English stays as it was', () => {
    expect(labels(buildMenuSpec(base)).slice(0, 3)).toEqual(['&File', 'New workspace…', 'Open…']);
  });
});

describe("main's dialogs in the user language", () => {
  it('the restore confirmation, its filter and the copy name', () => {
    expect(restoreConfirmation('/w/plan.andel', '/w/plan.andel-backups/plan-1.andel', 'sv')).toMatchObject({
      message: 'Ersätta plan.andel med säkerhetskopian plan-1.andel?',
      buttons: ['Återställ', 'Avbryt'],
      defaultId: 1,
    });
    expect(restoreConfirmation('/w/plan.andel', '/w/b.andel', 'nb').buttons).toEqual(['Gjenopprett', 'Avbryt']);
    expect(restoreDialogFilters('nb')).toEqual([{ name: 'Andel-sikkerhetskopier', extensions: ['andel'] }]);
    expect(workspaceFileFilters('sv')).toEqual([{ name: 'Andel-arbetsyta', extensions: ['andel'] }]);
    expect(suggestedCopyName('/x/Skaraborg.andel', 'sv')).toBe('Skaraborg kopia.andel');
    expect(suggestedCopyName(null, 'nb')).toBe('Arbeidsområde kopi.andel');
  });
});
