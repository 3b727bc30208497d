/**
 * Whoever wants to hear what a user should know about a workspace file just opened (today: that it
 * lies on a network file system). The command line prints it on stderr in the reader's language
 * (src/main/cli/workspace-warning.ts); the app shows it as a banner through `workspace:info`.
 * No dependencies, so the command line's entry can listen without loading the database code.
 */
import type { MessageRef } from '../../shared/i18n/translate';

export type WorkspaceWarningListener = (warning: MessageRef) => void;

const listeners = new Set<WorkspaceWarningListener>();

/** Calls `listener` with every warning of a workspace opened from now on; returns the way to stop. */
export function onWorkspaceWarning(listener: WorkspaceWarningListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportWorkspaceWarning(warning: MessageRef): void {
  for (const listener of listeners) listener(warning);
}
