/**
 * One area, one name: each area declares its channels in src/shared/api/channels/<area>.channels.ts
 * (`<area>Channels`) and handles exactly those in src/main/handlers/<area>.handlers.ts
 * (`<area>Handlers`). Channels are grouped by prefix: a prefix lives in one area only, and a prefix
 * that is itself an area's name (`budgets:compute`, `exports:list`) lives in that area. The area's
 * services live in src/main/services/<area>/, and its handlers call only those (and the services'
 * shared root files such as the clock).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { channelNameList } from '../../src/shared/api/channel-names';

const root = process.cwd();

function areasIn(folder: string, suffix: string): string[] {
  return readdirSync(join(root, folder))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

async function channelsOf(folder: string, area: string, suffix: string, exportName: string): Promise<string[]> {
  const module = (await import(pathToFileURL(join(root, folder, `${area}${suffix}`)).href)) as Record<string, unknown>;
  const declared = module[exportName];
  expect(declared, `${folder}/${area}${suffix} exports ${exportName}`).toBeTypeOf('object');
  return Object.keys(declared as object).sort();
}

const prefix = (channel: string): string => channel.slice(0, channel.indexOf(':'));

describe('channel areas', async () => {
  const areas = areasIn('src/shared/api/channels', '.channels.ts');
  const declared = new Map<string, string[]>();
  for (const area of areas) declared.set(area, await channelsOf('src/shared/api/channels', area, '.channels.ts', `${area}Channels`));

  it('every area with channels has a handlers file of the same name, and no other handlers file exists', () => {
    expect(areasIn('src/main/handlers', '.handlers.ts')).toEqual(areas);
  });

  it.each(areas)('the %s handlers handle exactly the channels their area declares', async (area) => {
    expect(await channelsOf('src/main/handlers', area, '.handlers.ts', `${area}Handlers`)).toEqual(declared.get(area));
  });

  it('the area files together declare the whole contract, each channel once', () => {
    const all = [...declared.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...channelNameList].sort());
  });

  it('a prefix lives in one area, and a prefix naming an area lives in that area', () => {
    const areaOfPrefix = new Map<string, Set<string>>();
    for (const [area, channels] of declared) {
      for (const channel of channels) {
        const p = prefix(channel);
        if (!areaOfPrefix.has(p)) areaOfPrefix.set(p, new Set());
        areaOfPrefix.get(p)!.add(area);
      }
    }
    const spread = [...areaOfPrefix].filter(([, homes]) => homes.size > 1).map(([p, homes]) => `${p}: ${[...homes].join(', ')}`);
    expect(spread).toEqual([]);
    const misplaced = [...areaOfPrefix].filter(([p, homes]) => areas.includes(p) && !homes.has(p)).map(([p, homes]) => `${p} in ${[...homes].join(', ')}`);
    expect(misplaced).toEqual([]);
  });

  it('every area has a services folder of the same name, and no other services folder exists', () => {
    const folders = readdirSync(join(root, 'src/main/services')).filter((f) => statSync(join(root, 'src/main/services', f)).isDirectory()).sort();
    expect(folders).toEqual(areas);
  });

  it.each(areas)('the %s handlers call services of their own area only', (area) => {
    const source = readFileSync(join(root, 'src/main/handlers', `${area}.handlers.ts`), 'utf8');
    const used = [...source.matchAll(/from '\.\.\/services\/([^']+)'/g)].map((m) => m[1]!);
    const foreign = used.filter((path) => path.includes('/') && !path.startsWith(`${area}/`));
    expect(foreign).toEqual([]);
  });
});
