import { contract, isChannel, type Channel, type ChannelOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { AndelError, ref, type ErrorIssue, type MessageParams } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import { schemaIssueMessage, schemaIssueText } from '../../shared/i18n/zod-issues';
import { storageError } from '../db/sqlite-errors';
import { findControlCharacter } from './control-characters';
import type { HandlerMap } from './handler-map';
import { formatPath } from '../../shared/calc/parse';

const describePath = (path: readonly PropertyKey[]): string => (path.length === 0 ? 'input' : formatPath('', path));

/** Schema messages may quote the input ("…" is not a date): a 100 kB string must not come back whole. */
const MAX_ISSUE_TEXT = 300;
const clip = (text: string): string => (text.length > MAX_ISSUE_TEXT ? `${text.slice(0, MAX_ISSUE_TEXT - 1)}…` : text);

/**
 * Runs one API call: checks the channel, parses the input against the contract, runs the
 * handler and wraps whatever happens in a result envelope. Nothing is written when the input
 * is invalid, because the handler never runs.
 */
export async function dispatch<Ctx>(
  handlers: HandlerMap<Ctx>,
  ctx: Ctx,
  channel: unknown,
  rawInput: unknown,
  onInternalError: (error: unknown, channel: string) => void = (error) => console.error(error),
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    const params = { channel: String(channel).slice(0, 100) };
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: translate('en', 'error.api.unknownChannel', params), messageKey: 'error.api.unknownChannel', params } };
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues: ErrorIssue[] = parsed.error.issues.map((issue) => {
      const { messageKey, params } = schemaIssueMessage(issue as Parameters<typeof schemaIssueMessage>[0]);
      const clipped = params ? Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? clip(value) : value])) : undefined;
      return { path: clip(describePath(issue.path)), message: clip(schemaIssueText(issue as Parameters<typeof schemaIssueText>[0])), messageKey, ...(clipped ? { params: clipped } : {}) };
    });
    const first = issues[0];
    // The summary names the first issue; its detail is that issue's message, translated with it.
    const detail = first?.messageKey ? ref(first.messageKey, first.params) : '';
    const params: MessageParams = first ? { channel, path: first.path, detail } : { channel };
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input for ${channel}${first ? `: ${first.path}: ${first.message}` : ''}`,
        messageKey: first ? 'error.api.invalidInputAt' : 'error.api.invalidInput',
        params,
        issues,
      },
    };
  }
  const control = findControlCharacter(parsed.data);
  if (control) {
    const path = clip(describePath(control.path));
    const issueParams = { char: control.char, position: control.position };
    const issue: ErrorIssue = { path, message: translate('en', 'error.api.controlCharacter', issueParams), messageKey: 'error.api.controlCharacter', params: issueParams };
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input for ${channel}: ${path}: ${issue.message}`,
        messageKey: 'error.api.invalidInputAt',
        params: { channel, path, detail: ref('error.api.controlCharacter', issueParams) },
        issues: [issue],
      },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: Ctx) => ChannelOutput<Channel> | Promise<ChannelOutput<Channel>>;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AndelError) return { ok: false, error: error.toApiError() };
    // A full disk, a read-only file, a busy database: the user's situation, said plainly.
    const storage = storageError(error, ref('error.storage.what.complete', { channel }));
    if (storage) return { ok: false, error: storage.toApiError() };
    onInternalError(error, channel);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: translate('en', 'error.api.internal', { channel }), messageKey: 'error.api.internal', params: { channel } },
    };
  }
}

export type { Channel };
