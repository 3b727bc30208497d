/**
 * Who is making the changes now, for the audit trail's `actor`. The Andel server runs each request
 * as its signed-in user (runAsActor); the desktop app and the CLI set the operating-system user once
 * for the process (setProcessActor). With neither, entries have no actor (as older entries).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { userInfo } from 'node:os';

const requestActor = new AsyncLocalStorage<string>();
let processActor: string | null = null;

/** Runs `work` with `actor` stamped on every audit entry it writes, however deep its async calls go. */
export function runAsActor<T>(actor: string, work: () => T): T {
  return requestActor.run(actor, work);
}

export function setProcessActor(actor: string | null): void {
  processActor = actor;
}

export function currentActor(): string | null {
  return requestActor.getStore() ?? processActor;
}

/** The operating-system user running this process (the desktop's actor), or null when it cannot be told. */
export function osUserName(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
