import { AndelError } from '../../../shared/errors';

/** What a dialog shows when a File command fails. */
export interface ErrorDialogText {
  message: string;
  detail: string;
}

/**
 * AndelErrors carry a message written for the user (a locked file, a newer version, not a
 * workspace), so it is shown as is. Anything else is a bug: the user gets a plain sentence,
 * the details go to the log.
 */
export function errorDialogText(action: string, error: unknown): ErrorDialogText {
  if (error instanceof AndelError) return { message: `Andel could not ${action}.`, detail: error.message };
  return { message: `Andel could not ${action}.`, detail: 'An internal error occurred. Nothing was changed. The details were written to the log.' };
}
