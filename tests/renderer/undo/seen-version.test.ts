/**
 * An undoable edit saves a row from the version its screen read, and each later save of the same
 * command (undo, redo) from the version the previous answer carried: read at 4, the edit sends 4
 * (stored 5), its undo sends 5 (stored 6), the redo sends 6. A refused save leaves the version seen.
 */
import { describe, expect, it } from 'vitest';
import { seenVersion } from '../../../src/renderer/src/undo/seen-version';

describe('seenVersion', () => {
  it('sends the version read, then the one each answer carries', async () => {
    let stored = 4;
    const sent: number[] = [];
    const save = async (expectedVersion: number) => {
      sent.push(expectedVersion);
      if (expectedVersion !== stored) throw new Error('stale');
      stored += 1;
      return { rowVersion: stored };
    };
    const version = seenVersion(4);
    await version.save(save, (answer) => answer.rowVersion);
    await version.save(save, (answer) => answer.rowVersion);
    await version.save(save, (answer) => answer.rowVersion);
    expect(sent).toEqual([4, 5, 6]);
    // Someone else saves (7 → 8): the next save is sent from 7 and refused, and stays based on 7.
    stored += 1;
    await expect(version.save(save, (answer) => answer.rowVersion)).rejects.toThrow('stale');
    await expect(version.save(save, (answer) => answer.rowVersion)).rejects.toThrow('stale');
    expect(sent).toEqual([4, 5, 6, 7, 7]);
  });
});
