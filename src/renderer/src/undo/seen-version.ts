/**
 * The version of one row as an undoable command last saw it (docs/storage-postgres.md, "Row
 * versions"). Every save of the command — run, undo, redo — sends it as `expectedVersion` and keeps
 * the one the answer carries, so a save that someone else's change has overtaken is refused by main
 * instead of silently replacing it.
 */
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
