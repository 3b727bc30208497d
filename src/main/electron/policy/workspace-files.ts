import { translate, type MessageLanguage } from '../../../shared/i18n/translate';
import { fileNameOf } from './window-title';

/** The workspace file extension, without the dot (dialogs' filters want it so). */
export const workspaceExtension = 'andel';

export const workspaceFileFilters = (lang: MessageLanguage = 'en'): { name: string; extensions: string[] }[] => [{ name: translate(lang, 'dialog.filter.workspace'), extensions: [workspaceExtension] }];

/** Save dialogs on Linux do not always add the extension: add it when the user left it out. */
export function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${workspaceExtension}`) ? path : `${path}.${workspaceExtension}`;
}

/**
 * A workspace path passed on the command line (double-click, "Open with", or a second instance
 * forwarding its argv). Only `.andel` files count: Electron and Chromium put their own flags and
 * the app path in argv too.
 */
export function workspacePathFromArgv(argv: readonly string[]): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${workspaceExtension}`)) return arg;
  }
  return null;
}

/** The first-start offer: only when nothing is open and there is nothing recent to go back to. */
export function shouldOfferDemo(state: { currentPath: string | null; recentFiles: readonly string[]; pathFromArgv: string | null }): boolean {
  return state.currentPath === null && state.recentFiles.length === 0 && state.pathFromArgv === null;
}

/** Where the demo workspace is written when the user accepts the offer. */
export function demoWorkspaceFileName(): string {
  return `Andel demo.${workspaceExtension}`;
}

/** A suggested name for "Save a copy": "Skaraborg copy.andel" ("Skaraborg kopia.andel" in Swedish). */
export function suggestedCopyName(currentPath: string | null, lang: MessageLanguage = 'en'): string {
  const name = currentPath ? fileNameOf(currentPath).replace(/\.andel$/i, '') : translate(lang, 'dialog.defaultWorkspaceName');
  return `${translate(lang, 'dialog.copyName', { name })}.${workspaceExtension}`;
}
