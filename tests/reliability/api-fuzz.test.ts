/**
 * Every bad input refused. For EVERY channel of the contract (channelNameList, which the type check holds equal to the contract's keys,
 * so channels added later are covered without touching this file), fast-check sends generated bad
 * inputs through dispatch against a real workspace and checks:
 *   - dispatch never throws and always answers with the result envelope;
 *   - an input the channel's schema refuses gets INVALID_INPUT with field-level issues;
 *   - no refusal is INTERNAL (a bad input is never a crash), every code is a declared one, and the
 *     message is a readable, bounded sentence;
 *   - the database content (a hash over every row of every table) is unchanged after a refusal;
 *   - Object.prototype is never polluted and the session stays on its workspace.
 * An input that happens to be acceptable is allowed to succeed; after a successful write the
 * workspace is put back to its pristine copy so the next case starts from the same content.
 *
 * ANDEL_FUZZ_RUNS (default 100) cases per channel; ANDEL_FUZZ_SEED replays a run.
 */
import { copyFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../src/main/handlers';
import { importDocument } from '../../src/main/document/import-document';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { channelNameList } from '../../src/shared/api/channel-names';
import { contract, type Channel } from '../../src/shared/api/contract';
import { errorCodes } from '../../src/shared/errors';
import { dbContentHash } from '../helpers/db-content-hash';
import { createTempDir } from '../helpers/temp-dir';
import { loadRichFixture } from '../helpers/workspace-fixtures';
import { badInputFor } from './fuzz-arbitraries';

const RUNS = Number(process.env.ANDEL_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.ANDEL_FUZZ_SEED ?? 7_2026);
const MAX_MESSAGE = 2_000;

const dir = createTempDir('andel-fuzz-');
const file = dir.file('fuzz.andel');
const pristine = dir.file('pristine.andel');
const session = new WorkspaceSession({ clock: () => new Date('2026-11-21T12:00:00Z') });
const ctx: AppContext = { session };
const handlers = createHandlers();
const cwd = process.cwd();
let pristineHash = '';
let currentHash = '';

interface Tally {
  cases: number;
  refusedBySchema: number;
  refusedByHandler: number;
  accepted: number;
  codes: Record<string, number>;
}
const tallies = new Map<Channel, Tally>();

beforeAll(async () => {
  await importDocument(pristine, loadRichFixture());
  copyFileSync(pristine, file);
  // A channel that writes files (exports) must never write into the repository.
  process.chdir(dir.path);
  await session.open(file);
  pristineHash = currentHash = await dbContentHash(session.db);
});

afterAll(async () => {
  process.chdir(cwd);
  await session.close();
  dir.remove();
  const rows = [...tallies.entries()];
  const total = rows.reduce((sum, [, t]) => sum + t.cases, 0);
  const refused = rows.reduce((sum, [, t]) => sum + t.refusedBySchema + t.refusedByHandler, 0);
  console.log(
    `api fuzz: ${rows.length} channels × ${RUNS} cases = ${total} cases, ${refused} refused ` +
      `(${rows.reduce((s, [, t]) => s + t.refusedBySchema, 0)} by the schema, ${rows.reduce((s, [, t]) => s + t.refusedByHandler, 0)} by the handler), ` +
      `${rows.reduce((s, [, t]) => s + t.accepted, 0)} acceptable by chance; seed ${SEED}`,
  );
});

async function resetWorkspace(): Promise<void> {
  await session.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(pristine, file);
  await session.open(file);
  currentHash = pristineHash;
}

describe('API fuzz: every channel refuses bad input cleanly and writes nothing', () => {
  it('covers every channel of the contract', () => {
    expect(channelNameList.length).toBeGreaterThan(0);
    for (const channel of channelNameList) expect(typeof handlers[channel], `handler for ${channel}`).toBe('function');
  });

  it.each(channelNameList.map((channel, index) => [channel, index] as const))('%s', { timeout: 240_000 }, async (channel, index) => {
    const spec = contract[channel];
    const tally: Tally = { cases: 0, refusedBySchema: 0, refusedByHandler: 0, accepted: 0, codes: {} };
    tallies.set(channel, tally);
    await fc.assert(
      fc.asyncProperty(badInputFor(spec.input), async (input) => {
        tally.cases++;
        const internal: unknown[] = [];
        const schemaAccepts = spec.input.safeParse(input ?? {}).success;
        let result;
        try {
          result = await dispatch(handlers, ctx, channel, input, (error) => internal.push(error));
        } catch (error) {
          throw new Error(`dispatch threw for ${channel}: ${String(error)}`);
        }
        expect(typeof result.ok).toBe('boolean');
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
        expect(session.current).toBe(file);
        if (result.ok) {
          expect(schemaAccepts, 'dispatch accepted what the schema refuses').toBe(true);
          tally.accepted++;
          if (spec.mutates) await resetWorkspace();
          return;
        }
        const { code, message, issues } = result.error;
        tally.codes[code] = (tally.codes[code] ?? 0) + 1;
        expect(internal, `INTERNAL for a bad input: ${String(internal[0])}`).toEqual([]);
        expect(code).not.toBe('INTERNAL');
        expect(errorCodes).toContain(code);
        expect(typeof message).toBe('string');
        expect(message.length).toBeGreaterThan(0);
        expect(message.length, 'error message echoes too much of the input').toBeLessThanOrEqual(MAX_MESSAGE);
        if (!schemaAccepts) {
          tally.refusedBySchema++;
          expect(code).toBe('INVALID_INPUT');
          expect(issues?.length).toBeGreaterThan(0);
          for (const issue of issues ?? []) expect(typeof issue.path).toBe('string');
        } else {
          tally.refusedByHandler++;
        }
        expect(await dbContentHash(session.db), 'a refused call changed the workspace').toBe(currentHash);
      }),
      { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
    );
  });
});
