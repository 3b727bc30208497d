/** The command line's part of a workspace warning (a file on a network share): one line on stderr, in the reader's language. */
import { translate, type MessageLanguage, type MessageRef } from '../../shared/i18n/translate';

export function workspaceWarningLine(warning: MessageRef, lang: MessageLanguage): string {
  return `⚠ ${translate(lang, warning.messageKey, warning.params)}\n`;
}
