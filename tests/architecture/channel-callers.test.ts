/**
 * Every channel has a caller: a screen of the renderer or a CLI command names it, or it is listed
 * as the scripting API (src/shared/api/scripting-api.ts) and a test of main calls it. Channels
 * awaiting their screen are listed there too, apart, and are not held to the other two rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNameList } from '../../src/shared/api/channel-names';
import { channelsAwaitingScreens, scriptingChannels } from '../../src/shared/api/scripting-api';

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/u.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const named = (texts: readonly string[], channel: string): boolean => texts.some((text) => text.includes(`'${channel}'`));

describe('channel callers', () => {
  const app = [...sources('src/renderer/src'), ...sources('src/main/cli')];
  const mainTests = [...sources('tests/main'), ...sources('tests/reliability')];
  const listed = new Set<string>([...scriptingChannels, ...channelsAwaitingScreens]);

  it('every channel no screen or command calls is listed as the scripting API (or as awaiting its screen)', () => {
    expect(channelNameList.filter((c) => !named(app, c) && !listed.has(c))).toEqual([]);
  });

  it('no channel of the scripting API is called by the app (else it leaves the list)', () => {
    expect(scriptingChannels.filter((c) => named(app, c))).toEqual([]);
  });

  it('every channel of the scripting API is called by a test of main', () => {
    expect(scriptingChannels.filter((c) => !named(mainTests, c))).toEqual([]);
  });
});
