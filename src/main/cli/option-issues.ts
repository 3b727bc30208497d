/**
 * What a channel's schema refuses in a command's options, as issues naming the option the user
 * typed (`--currency`, not `currency`). The schema's English words stay each issue's message; the
 * kind of problem gives Swedish and Norwegian theirs (shared/i18n/zod-issues.ts).
 */
import { formatPath } from '../../shared/calc/parse';
import type { ErrorIssue } from '../../shared/errors';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../../shared/i18n/zod-issues';

export function optionIssues(issues: readonly unknown[], optionOf: (path: string) => string): ErrorIssue[] {
  return (issues as readonly (SchemaIssueLike & { path: readonly PropertyKey[] })[]).map((found) => {
    const path = found.path.length === 0 ? 'input' : formatPath('', found.path);
    return { path: optionOf(path), message: schemaIssueText(found), ...schemaIssueMessage(found) };
  });
}
