/**
 * The version of one row as an undoable command last saw it (docs/storage-postgres.md, "Row
 * versions"). Every save of the command — run, undo, redo — sends it as `expectedVersion` and keeps
 * the one the answer carries, so a save that someone else's change has overtaken is refused by main
 * instead of silently replacing it.
 */
import type { RowVersioned } from '../../../shared/api/row-version';
import { currentId } from './undo-store';

export interface SeenVersion {
  /** Runs `write` with the version last seen; remembers the version `versionOf` finds in its answer. */
  save<T>(write: (expectedVersion: number) => Promise<T>, versionOf: (answer: T) => number): Promise<T>;
}

export function seenVersion(initial: number): SeenVersion {
  let version = initial;
  return {
    async save(write, versionOf) {
      const answer = await write(version);
      version = versionOf(answer);
      return answer;
    },
  };
}

/**
 * The saves of one existing row, the edit and its undo alike, each from the row version last seen.
 * A row undo has made anew (a new id, `currentId(kind, …)`) starts a fresh history: it is saved
 * without a version.
 */
export function rowSaves(kind: string, before: { id: number } & RowVersioned) {
  const version = seenVersion(before.rowVersion);
  return async <T extends { value: RowVersioned }>(write: (id: number, expectedVersion: number | undefined) => Promise<T>): Promise<T> => {
    const id = currentId(kind, before.id);
    return id === before.id ? version.save((expected) => write(id, expected), (answer) => answer.value.rowVersion) : write(id, undefined);
  };
}

/**
 * The removal of rows a command added (the undo of an add): each from the version its add got, so a
 * row someone changed since is not removed; when undo has made one of them anew, without versions.
 */
export function rowsRemoval(kind: string, rows: readonly ({ id: number } & RowVersioned)[]): { ids: number[]; expectedVersions?: number[] } {
  const ids = rows.map((row) => currentId(kind, row.id));
  return ids.every((id, index) => id === rows[index]?.id) ? { ids, expectedVersions: rows.map((row) => row.rowVersion) } : { ids };
}

/**
 * A delete of the row as the screen read it: from its version while it is still that row (a
 * change someone made since refuses the delete); a row undo has made anew (a new id), without.
 */
export function rowDelete(kind: string, row: { id: number } & RowVersioned): { id: number; expectedVersion?: number } {
  const id = currentId(kind, row.id);
  return id === row.id ? { id, expectedVersion: row.rowVersion } : { id };
}
