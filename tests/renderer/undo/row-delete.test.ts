/**
 * A delete from a screen carries the version of the row it read (main refuses it when the row has
 * changed since); once undo has made the row anew under a new id, the delete goes without one.
 */
import { describe, expect, it } from 'vitest';
import { rowDelete, rowsRemoval } from '../../../src/renderer/src/undo/seen-version';
import { noteRecreated } from '../../../src/renderer/src/undo/undo-store';

describe('rowDelete', () => {
  it('sends the version read while the row is the one read', () => {
    expect(rowDelete('row-delete-test', { id: 41, rowVersion: 3 })).toEqual({ id: 41, expectedVersion: 3 });
  });

  it('a row undo re-created under a new id: that id, no version', () => {
    noteRecreated('row-delete-test', 42, 97);
    expect(rowDelete('row-delete-test', { id: 42, rowVersion: 5 })).toEqual({ id: 97 });
  });
});

describe('rowsRemoval (the undo of an add)', () => {
  it('sends each row’s version, in the order of the ids', () => {
    expect(rowsRemoval('rows-removal-test', [{ id: 1, rowVersion: 1 }, { id: 2, rowVersion: 4 }])).toEqual({ ids: [1, 2], expectedVersions: [1, 4] });
  });

  it('once undo has made one of the rows anew: the current ids, no versions', () => {
    noteRecreated('rows-removal-test', 3, 30);
    expect(rowsRemoval('rows-removal-test', [{ id: 3, rowVersion: 1 }, { id: 5, rowVersion: 2 }])).toEqual({ ids: [30, 5] });
  });
});
