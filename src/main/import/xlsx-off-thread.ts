/**
 * Reads an XLSX workbook off the main process's thread: in a worker_threads Worker with its own
 * heap limit, ended when the read passes its deadline. The window and every other call stay
 * responsive while a large or hostile file is read, and a file that would exhaust memory ends
 * the worker (refused as too large), not Andel.
 *
 * The worker runs the built `xlsx-worker.js`; main points at it with `useXlsxWorker` at start. Where
 * no built worker exists (the CLI run from source, unit tests), the same bounded reader runs in
 * the calling thread — it is streaming and bounded either way.
 */
import { Worker } from 'node:worker_threads';
import { AndelError, ref, type ApiError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/translate';
import { MAX_PART_BYTES, READ_DEADLINE_MS, readXlsxBounded, type XlsxReadStats } from './read-xlsx';

export interface XlsxWorkerRequest {
  bytes: Uint8Array;
  deadlineMs: number;
}

export type XlsxWorkerReply = { ok: true; rows: string[][]; stats: XlsxReadStats } | { ok: false; error: ApiError; stats: XlsxReadStats | null };

/** Heap of the worker: the bounded reader needs far less; a file that needs more is refused. */
export const XLSX_WORKER_HEAP_MB = 256;

let workerScript: string | null = null;

/** Main calls this at start with the path of the built worker entry (or null to read in-thread). */
export function useXlsxWorker(scriptPath: string | null): void {
  workerScript = scriptPath;
}

function errorOf(api: ApiError): AndelError {
  return new AndelError(api.code, api.messageKey ? ref(api.messageKey as MessageKey, api.params) : api.message, api.issues);
}

/** Runs one read in a fresh worker; exported for the test, which gives it a bundled worker. */
export function readXlsxInWorker(script: string, bytes: Uint8Array, deadlineMs = READ_DEADLINE_MS): Promise<{ rows: string[][]; stats: XlsxReadStats }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB } });
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    // The reader checks its own deadline between chunks; this ends a worker that stops answering.
    const timer = setTimeout(() => finish(() => reject(new AndelError('INVALID_INPUT', ref('error.import.xlsxTooSlow', { seconds: Math.round(deadlineMs / 1000) })))), deadlineMs + 5_000);
    worker.on('message', (reply: XlsxWorkerReply) => finish(() => (reply.ok ? resolve({ rows: reply.rows, stats: reply.stats }) : reject(errorOf(reply.error)))));
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AndelError('INVALID_INPUT', ref('error.import.xlsxTooLarge', { part: 'xl/worksheets', megabytes: Math.round(MAX_PART_BYTES / (1024 * 1024)) }))
            : new AndelError('INVALID_INPUT', ref('error.import.notXlsx', { detail: error.message })),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new AndelError('INVALID_INPUT', ref('error.import.notXlsx', { detail: `reader stopped (${code})` })))));
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy, deadlineMs } satisfies XlsxWorkerRequest, [copy.buffer]);
  });
}

export async function readXlsxOffThread(bytes: Uint8Array): Promise<string[][]> {
  if (workerScript) return (await readXlsxInWorker(workerScript, bytes)).rows;
  return (await readXlsxBounded(bytes)).rows;
}
