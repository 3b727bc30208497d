/**
 * The one catalogue of text Andel shows outside the renderer's own screens: error messages,
 * the words of a charge's trail and the words for stored values (kinds, roles, statuses, …),
 * each in Swedish, Norwegian Bokmål and English. Shared by the renderer, main's dialogs, the CLI
 * and the exports; `translate` in ./translate.ts fills in the parameters.
 */
import type { MessageEntry } from './message-entry';
import { engineMessages } from './messages.engine';
import { enumMessages } from './messages.enums';
import { menuMessages } from './messages.menu';
import { serviceMessages } from './messages.services';
import { cliMessages } from './messages.cli';
import { errorMessages } from './messages.errors';
import { fieldMessages } from './messages.fields';
import { fileMessages } from './messages.files';
import { governanceCheckMessages } from './messages.governance-checks';
import { limitMessages } from './messages.limits';
import { minutesMessages } from './messages.minutes';
import { serverMessages } from './messages.server';
import { storageMessages } from './messages.storage';
import { syncMessages } from './messages.sync';
import { trailMessages } from './messages.trail';

type EnumGroups = typeof enumMessages;
export type EnumGroup = keyof EnumGroups;
export type EnumKey = { [G in EnumGroup]: `enum.${G}.${keyof EnumGroups[G] & string}` }[EnumGroup];

function flattenEnums(): Record<EnumKey, MessageEntry> {
  const flat: Record<string, MessageEntry> = {};
  for (const [group, values] of Object.entries(enumMessages)) {
    for (const [value, entry] of Object.entries(values)) flat[`enum.${group}.${value}`] = entry;
  }
  return flat as Record<EnumKey, MessageEntry>;
}

export type ErrorMessageKey = keyof typeof limitMessages | keyof typeof errorMessages | keyof typeof storageMessages | keyof typeof fileMessages | keyof typeof governanceCheckMessages | keyof typeof minutesMessages | keyof typeof cliMessages | keyof typeof serviceMessages | keyof typeof serverMessages | keyof typeof engineMessages | keyof typeof menuMessages | keyof typeof syncMessages | keyof typeof fieldMessages;
export type TrailMessageKey = keyof typeof trailMessages;
export type MessageKey = ErrorMessageKey | TrailMessageKey | EnumKey;

export const messages: Readonly<Record<MessageKey, MessageEntry>> = { ...limitMessages, ...errorMessages, ...storageMessages, ...fileMessages, ...governanceCheckMessages, ...minutesMessages, ...cliMessages, ...serviceMessages, ...serverMessages, ...engineMessages, ...menuMessages, ...syncMessages, ...fieldMessages, ...trailMessages, ...flattenEnums() };

export { cliMessages, engineMessages, enumMessages, errorMessages, fileMessages, governanceCheckMessages, menuMessages, serviceMessages, storageMessages, trailMessages };
