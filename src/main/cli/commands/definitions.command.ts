/**
 * `key export|import` and `scenario-def export|import`: a distribution key or a scenario definition
 * as JSON (docs/key-format.md), out of a workspace and into one. Export reads an in-memory copy;
 * import goes through the same services as the app (keys:save, scenarios:save), so the same schema
 * and engine checks refuse the same definitions, each problem named by its field.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { KeySummary } from '../../../shared/api/channels/scenarios.channels';
import { fieldError, invalidField, ref, type MessageParam, type MessageRef } from '../../../shared/errors';
import { openWorkspace } from '../../db/open-workspace';
import { getKey, listKeys, saveKey } from '../../services/scenarios/key.service';
import { findCooperationByName, findScenarioByNames, getScenario, saveScenario } from '../../services/scenarios/scenario.service';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { readJsonFile } from '../read-json-file';
import { readingWorkspace } from '../../db/read-workspace';
import { refuseWorkspaceAsOutput } from '../../files/same-file';
import { writeFileAtomic } from '../write-file-atomic';
import { commandDescription } from '../command-table';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Prints the JSON, or writes it to `--out` (through a temporary file; never over the workspace) and says where. */
function emit(io: CliIo, workspace: string, text: string, out: string | undefined, what: MessageRef): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  const path = resolve(out);
  refuseWorkspaceAsOutput(path, workspace, '--out');
  writeFileAtomic(path, text);
  io.out(cliLine('cli.definition.wrote', { what, path }));
}

function definitionFrom(path: string): Record<string, unknown> {
  const value = readJsonFile(resolve(path));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidField('--from', 'error.json.notObject', { path });
  }
  return value as Record<string, unknown>;
}

/** A key of the cooperation by its definition id ("skaraborg-9") or its name; the highest version unless one is given. */
function pickKey(keys: readonly KeySummary[], typed: string, version: number | undefined): KeySummary {
  const folded = typed.trim().toLocaleLowerCase('sv');
  const same = keys.filter((k) => k.ref.toLocaleLowerCase('sv') === folded || k.name.toLocaleLowerCase('sv') === folded);
  const matching = same.length > 0 ? same : keys.filter((k) => k.name.toLocaleLowerCase('sv').includes(folded));
  const refs = [...new Set(matching.map((k) => k.ref))];
  if (refs.length !== 1) {
    const available: MessageParam = keys.length > 0 ? [...new Set(keys.map((k) => `"${k.ref}" (${k.name})`))].join(', ') : ref('error.lookup.nothing');
    if (refs.length === 0) throw fieldError('NOT_FOUND', '--key', 'error.lookup.key', { name: typed, available });
    throw fieldError('NOT_FOUND', '--key', 'error.lookup.keyAmbiguous', { name: typed, candidates: refs.map((r) => `"${r}"`).join(', ') });
  }
  const versions = matching.filter((k) => k.ref === refs[0]);
  const found = version === undefined ? versions.find((k) => k.latest) ?? versions[versions.length - 1] : versions.find((k) => k.version === version);
  if (!found) {
    throw fieldError('NOT_FOUND', '--version', 'error.lookup.keyVersion', { name: refs[0] ?? typed, version: version ?? '', versions: versions.map((k) => k.version).join(', ') });
  }
  return found;
}

function versionOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw invalidField('--version', 'error.option.version', { value: text });
  return version;
}

export function registerDefinitionCommands(program: Command, io: CliIo): void {
  const key = program.command('key').description(commandDescription('key'));

  key
    .command('export')
    .description("print a key's definition as JSON (reads only)")
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--key <id-or-name>', 'the key, by its definition id (e.g. skaraborg-9) or name')
    .option('--version <n>', 'this version (default: the highest)')
    .option('--out <key.json>', 'write the JSON to this file instead of printing it')
    .action(async (file: string, options: { cooperation: string; key: string; version?: string; out?: string }) => {
      const version = versionOption(options.version);
      const detail = await readingWorkspace(file, async (db) => {
        const cooperation = await findCooperationByName(db, options.cooperation);
        const found = pickKey(await listKeys(db, { cooperationId: cooperation.id }), options.key, version);
        return getKey(db, { id: found.id });
      });
      emit(io, file, json(detail.definition), options.out, ref('cli.definition.keyVersion', { ref: detail.ref, version: detail.version }));
    });

  key
    .command('import')
    .description("save a key definition from JSON as the next version of the cooperation's key with its id (version 1 for a new id)")
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--from <key.json>', 'the key definition to read')
    .option('--note <text>', 'a note on this version')
    .action(async (file: string, options: { cooperation: string; from: string; note?: string }) => {
      const definition = definitionFrom(options.from);
      const workspace = await openWorkspace(file);
      try {
        const cooperation = await findCooperationByName(workspace.db, options.cooperation);
        const saved = await saveKey(workspace.db, { cooperationId: cooperation.id, definition, note: options.note ?? null }, () => new Date());
        io.out(cliLine('cli.definition.keySaved', { name: saved.name, ref: saved.ref, version: saved.version, cooperation: cooperation.name, id: saved.id }));
      } finally {
        await workspace.close();
      }
    });

  const scenarioDef = program.command('scenario-def').description(commandDescription('scenario-def'));

  scenarioDef
    .command('export')
    .description("print a stored scenario's definition as JSON (reads only)")
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--scenario <name>', 'the scenario, by name')
    .option('--out <scenario.json>', 'write the JSON to this file instead of printing it')
    .action(async (file: string, options: { cooperation: string; scenario: string; out?: string }) => {
      const detail = await readingWorkspace(file, async (db) => {
        const found = await findScenarioByNames(db, options.cooperation, options.scenario);
        return getScenario(db, { id: found.scenario.id });
      });
      emit(io, file, json(detail.definition), options.out, ref('cli.definition.scenario', { name: detail.name }));
    });

  scenarioDef
    .command('import')
    .description('save a scenario definition from JSON: a new scenario, or with --replace over a stored one; its key is referred to as { ref, version }')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--from <scenario.json>', 'the scenario definition to read')
    .option('--replace <name>', 'the stored scenario to replace, by name')
    .option('--name <name>', "the scenario's name (default: the definition's name)")
    .action(async (file: string, options: { cooperation: string; from: string; replace?: string; name?: string }) => {
      const definition = definitionFrom(options.from);
      const workspace = await openWorkspace(file);
      try {
        const { cooperation, id } =
          options.replace === undefined
            ? { cooperation: await findCooperationByName(workspace.db, options.cooperation), id: undefined }
            : await findScenarioByNames(workspace.db, options.cooperation, options.replace).then((found) => ({ cooperation: found.cooperation, id: found.scenario.id }));
        const name = options.name?.trim();
        const saved = await saveScenario(
          workspace.db,
          { cooperationId: cooperation.id, definition, ...(id === undefined ? {} : { id }), ...(name ? { name } : {}) },
          () => new Date(),
        );
        io.out(cliLine(id === undefined ? 'cli.definition.scenarioAdded' : 'cli.definition.scenarioReplaced', { name: saved.name, cooperation: cooperation.name, id: saved.id, from: saved.horizon.from, to: saved.horizon.to }));
      } finally {
        await workspace.close();
      }
    });
}
