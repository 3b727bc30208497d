/**
 * Temporary files named `.<name>.<pid>.<suffix>` that a process killed mid-write left behind
 * (a backup's `.partial`, a restore's `.restoring`): removed by the next writer to the folder, once
 * the process that made them is gone. Live processes' files are left alone.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Whether the process `pid` still runs (this one does; one we may not signal runs too). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `folder`'s leftovers with this suffix from processes that no longer run; returns their names. */
export function removeDeadLeftovers(folder: string, suffix: 'partial' | 'restoring'): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const pattern = new RegExp(`^\\..+\\.(\\d+)\\.${suffix}$`, 'u');
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || processAlive(Number(match[1]))) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
