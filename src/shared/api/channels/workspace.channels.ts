import { z } from 'zod';
import type { MessageRef } from '../../i18n/translate';
import { languages } from '../../domain/languages';
import { keyedCheck, keyedPattern } from '../../i18n/zod-issues';
import { command, query } from '../define';

/** What the app shell needs to know about the open workspace. */
export interface WorkspaceInfo {
  path: string;
  fileName: string;
  schemaVersion: string;
  /** Row counts per table, for the status bar and `andel info`. */
  counts: Record<string, number>;
  /** What the user should know about where the workspace lies (a file on a network share), or null. */
  warning?: MessageRef | null;
}

const openDemoInput = z.object({}).strict();
const createNewInput = z
  .object({ name: z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(120).regex(keyedPattern(/^[^/\\:*?"<>|]+$/u, 'error.field.pattern.fileName'), 'must not contain / \\ : * ? " < > |') })
  .strict();

const connectServerInput = z.object({ address: z.string().max(2000) }).strict();

const setLanguageInput = z.object({ language: z.enum(languages) }).strict();

export const workspaceChannels = {
  'workspace:info': query<z.ZodObject<Record<string, never>>, WorkspaceInfo | null>(z.object({}).strict()),
  /** Writes the demo workspace into the user's documents folder (or reuses the one there) and opens it. */
  'workspace:openDemo': command<typeof openDemoInput, WorkspaceInfo>(openDemoInput),
  /** Creates an empty workspace named `name` in the user's documents folder and opens it. */
  'workspace:createNew': command<typeof createNewInput, WorkspaceInfo>(createNewInput),
  /**
   * The desktop app: opens the shared workspace of an Andel server (`andel serve`) at `address` in a
   * window of its own (https://…, http only to this computer); the checked address back.
   */
  'workspace:connectServer': command<typeof connectServerInput, { address: string }>(connectServerInput),
  /** The language chosen in the window: the desktop's menu and dialogs follow it (the workspace is not touched). */
  'workspace:setLanguage': command<typeof setLanguageInput, null>(setLanguageInput),
} as const;
