/**
 * Issue 4/9 item 7: the renderer chose where main writes (`folder` on annex:export,
 * invoicing:export, register:export, made with mkdir -p). A compromised renderer must not be able
 * to name a file or folder: no channel's input schema has a path-like field, and a call that
 * adds one is refused by the strict schema before any handler runs, writing nothing anywhere.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src/shared/api/contract';
import { useDemoWorkspace } from '../helpers/demo-workspace';

const f = useDemoWorkspace();

const PATH_LIKE = /^(path|paths|folder|folders|dir|directory|out|outPath|outFile|target|targetPath|file|filePath|destination|dest|savePath)$/iu;


function pathLikeKeys(schema: unknown, prefix = '', depth = 0): string[] {
  if (depth > 12 || !(schema instanceof z.ZodType)) return [];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const found: string[] = [];
  if (def.type === 'object') {
    const shape = (schema as unknown as z.ZodObject).shape as Record<string, unknown>;
    for (const [key, value] of Object.entries(shape)) {
      if (PATH_LIKE.test(key)) found.push(`${prefix}${key}`);
      found.push(...pathLikeKeys(value, `${prefix}${key}.`, depth + 1));
    }
  }
  for (const inner of ['innerType', 'in', 'out', 'element', 'left', 'right']) if (def[inner]) found.push(...pathLikeKeys(def[inner], prefix, depth + 1));
  if (Array.isArray(def['options'])) for (const option of def['options']) found.push(...pathLikeKeys(option, prefix, depth + 1));
  return found;
}

describe('the renderer names no file or folder', () => {
  it('no channel input schema has a path-like field', () => {
    const offenders = Object.entries(contract)
      .map(([channel, spec]) => [channel, pathLikeKeys((spec as { input: unknown }).input)] as const)
      .filter(([, keys]) => keys.length > 0)
      .map(([channel, keys]) => `${channel}: ${keys.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('an export call that names a folder is refused before anything is written', async () => {
    const cooperations = await f.value('cooperations:list', {});
    const scenarios = await f.value('scenarios:list', { cooperationId: cooperations[0]!.id });
    const scenarioId = scenarios[0]!.id;
    const elsewhere = join(f.dir.path, 'chosen-by-renderer');
    const calls: [string, Record<string, unknown>][] = [
      ['annex:export', { scenarioId, language: 'sv', folder: elsewhere }],
      ['invoicing:export', { scenarioId, language: 'sv', folder: elsewhere }],
      ['register:export', { language: 'sv', folder: elsewhere }],
      ['register:export', { language: 'sv', path: join(elsewhere, 'x.xlsx') }],
    ];
    for (const [channel, input] of calls) {
      const result = await f.call(channel, input);
      expect(result.ok ? 'accepted' : result.error.code, channel).toBe('INVALID_INPUT');
    }
    expect(existsSync(elsewhere)).toBe(false);
    expect(existsSync(join(dirname(f.dir.file('demo.andel')), 'Andel exports'))).toBe(false);
    expect(await f.value('exports:list', {})).toEqual([]);
    // The same calls without the folder write into "Andel exports" next to the workspace.
    const written = await f.value('register:export', { language: 'sv' });
    expect(dirname(written.path)).toBe(join(dirname(f.dir.file('demo.andel')), 'Andel exports'));
    expect(readdirSync(dirname(written.path))).toHaveLength(1);
  });
});
