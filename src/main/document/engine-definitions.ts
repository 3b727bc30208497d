/**
 * The one place where the engine checks the key and scenario `definition` fields, for a document on
 * import (paths like `distributionKeys[2].definition.components[1].bands[3].from`) and for the
 * services that save keys and scenarios (paths like `definition.components[1]…`), so that import,
 * the CLI and the app refuse the same definitions.
 *
 * A scenario is checked on its own terms (schema, horizon, costs, funding, parameters, subsidies,
 * its key reference), not against the workspace's facts: a scenario whose members lack a population
 * value is still a valid record, and says so when it is computed.
 */
import { keySchema, resolveScenario, scenarioDefinitionSchema, validateKey } from '../../shared/calc';
import { formatPath } from '../../shared/calc/parse';
import type { WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { AndelError, issue, type ErrorIssue } from '../../shared/errors';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../../shared/i18n/zod-issues';
import { isIsoDate } from '../../shared/iso-date';

const join = (prefix: string, path: string): string => (path === '' || path === '(root)' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`);

function issuesOf(error: unknown, prefix: string): ErrorIssue[] {
  if (error instanceof AndelError && error.code === 'INVALID_INPUT') {
    const issues = error.issues ?? [{ path: '', message: error.message }];
    return issues.map((found) => ({ ...found, path: join(prefix, found.path) }));
  }
  throw error;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A key definition's problems; `version`, when given, must equal the definition's own version. */
export function checkKeyDefinition(definition: unknown, currency: string, prefix: string, version?: number): ErrorIssue[] {
  try {
    validateKey(definition, currency);
  } catch (error) {
    return issuesOf(error, prefix);
  }
  if (version !== undefined && isRecord(definition) && definition.version !== version) {
    return [issue(`${prefix}.version`, 'error.document.versionDiffers', { given: String(definition.version), stored: version })];
  }
  return [];
}

export interface KeyRowForCheck {
  id: number;
  version: number;
  definition: unknown;
}

/**
 * A scenario definition's problems: its schema, and everything the engine can check without the
 * workspace's members. `keyRow` is the stored key the scenario row points at (keyId); the
 * definition must refer to it by { ref, version } with the same id (and version, when given).
 */
export function checkScenarioDefinition(definition: unknown, currency: string, keys: readonly unknown[], keyRow: KeyRowForCheck | null, prefix: string): ErrorIssue[] {
  const parsed = scenarioDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    // The schema's root is a strict object, so a path is empty (→ "(root)", joined as the prefix) or starts with a property name.
    return parsed.error.issues.map((issue) => ({
      path: join(prefix, formatPath('', issue.path)),
      message: schemaIssueText(issue as SchemaIssueLike),
      ...schemaIssueMessage(issue as SchemaIssueLike),
    }));
  }
  const def = parsed.data;
  const issues: ErrorIssue[] = [];
  if (def.currency !== currency) issues.push(issue(`${prefix}.currency`, 'error.document.otherCurrency', { currency, given: def.currency }));
  if (!('ref' in def.key)) {
    issues.push(issue(`${prefix}.key`, 'error.document.keyByRef'));
  } else if (keyRow) {
    const stored = keySchema.safeParse(keyRow.definition);
    if (stored.success && (stored.data.id !== def.key.ref || (def.key.version !== undefined && def.key.version !== stored.data.version))) {
      const params = { named: def.key.ref, namedVersion: def.key.version ?? '', id: keyRow.id, key: stored.data.id, version: stored.data.version };
      issues.push(issue(`${prefix}.key.ref`, def.key.version === undefined ? 'error.document.otherKey' : 'error.document.otherKeyVersion', params));
    }
  }
  // memberChanges name members, so the engine checks them only against facts; their dates can be checked now.
  def.memberChanges.forEach((change, i) => {
    for (const field of ['joined', 'left'] as const) {
      const value = change[field];
      if (typeof value === 'string' && !isIsoDate(value)) issues.push(issue(`${prefix}.memberChanges[${i}].${field}`, 'error.field.notDate', { value }));
    }
    if (typeof change.joined === 'string' && typeof change.left === 'string' && isIsoDate(change.joined) && isIsoDate(change.left) && change.left < change.joined) {
      issues.push(issue(`${prefix}.memberChanges[${i}].left`, 'error.document.leavesBeforeJoining', { left: change.left, joined: change.joined }));
    }
  });
  if (issues.length > 0) return issues;
  try {
    // Members are the workspace's business; memberChanges name members, so they wait for compute.
    resolveScenario({ ...(definition as Record<string, unknown>), memberChanges: [] }, { members: [] }, { keys: keys as never[] });
  } catch (error) {
    return issuesOf(error, prefix);
  }
  return [];
}

export function validateEngineDefinitions(doc: WorkspaceDocument): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const currencyOf = new Map(doc.cooperations.map((c) => [c.id, c.currency]));
  const badKeys = new Set<number>();
  const keysByCooperation = new Map<number, unknown[]>();
  const seen = new Map<string, number>();
  doc.distributionKeys.forEach((key, index) => {
    const prefix = `distributionKeys[${index}].definition`;
    const keyIssues = checkKeyDefinition(key.definition, currencyOf.get(key.cooperationId) ?? 'SEK', prefix, key.version);
    if (keyIssues.length > 0) {
      badKeys.add(key.id);
      issues.push(...keyIssues);
      return;
    }
    const ref = `${key.cooperationId}/${String((key.definition as { id: unknown }).id)}/${key.version}`;
    const first = seen.get(ref);
    if (first !== undefined) {
      issues.push(issue(`${prefix}.id`, 'error.document.keyDefinedTwice', { version: key.version, key: String((key.definition as { id: unknown }).id), other: `distributionKeys[${first}]` }));
      badKeys.add(key.id);
      return;
    }
    seen.set(ref, index);
    const list = keysByCooperation.get(key.cooperationId) ?? [];
    list.push(key.definition);
    keysByCooperation.set(key.cooperationId, list);
  });
  const keyById = new Map(doc.distributionKeys.map((k) => [k.id, k]));
  doc.scenarios.forEach((scenario, index) => {
    if (badKeys.has(scenario.keyId)) return; // reported with the key
    const keyRow = keyById.get(scenario.keyId);
    if (keyRow && keyRow.cooperationId !== scenario.cooperationId) {
      issues.push(issue(`scenarios[${index}].keyId`, 'error.document.keyOtherCooperation', { id: scenario.keyId }));
      return;
    }
    issues.push(
      ...checkScenarioDefinition(
        scenario.definition,
        currencyOf.get(scenario.cooperationId) ?? 'SEK',
        keysByCooperation.get(scenario.cooperationId) ?? [],
        keyRow ? { id: keyRow.id, version: keyRow.version, definition: keyRow.definition } : null,
        `scenarios[${index}].definition`,
      ),
    );
  });
  return issues;
}
