import { AndelError, localizeError } from '../../../shared/errors';
import { translate, type MessageLanguage, type MessageParam } from '../../../shared/i18n/translate';

/** What a dialog shows when a File command fails. */
export interface ErrorDialogText {
  message: string;
  detail: string;
}

/**
 * AndelErrors carry a message written for the user (a locked file, a newer version, not a
 * workspace), so it is shown, in the user's language. Anything else is a bug: the user gets a
 * plain sentence, the details go to the log. `action` is a catalogue reference
 * (`ref('error.dialog.action.open', { name })`) or, from older callers, English text.
 */
export function errorDialogText(action: MessageParam, error: unknown, lang: MessageLanguage = 'en'): ErrorDialogText {
  const message = translate(lang, 'error.dialog.couldNot', { action });
  if (error instanceof AndelError) return { message, detail: localizeError(error.toApiError(), lang).message };
  return { message, detail: translate(lang, 'error.dialog.internal') };
}
