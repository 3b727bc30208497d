/**
 * Worker-thread entry: reads one XLSX workbook with the bounded reader and posts back the rows or
 * the refusal (its catalogue key and parameters), so a hostile file costs a worker, never the main
 * process. Built as its own entry (`xlsx-worker.js` beside the main bundle).
 */
import { parentPort } from 'node:worker_threads';
import { readXlsxWithStats } from './read-xlsx';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-off-thread';

parentPort?.on('message', (request: XlsxWorkerRequest) => {
  void (async () => {
    let reply: XlsxWorkerReply;
    try {
      const { rows, error, stats } = await readXlsxWithStats(request.bytes, { deadlineMs: request.deadlineMs });
      reply = error ? { ok: false, error: error.toApiError(), stats } : { ok: true, rows: rows ?? [], stats };
    } catch (error) {
      reply = { ok: false, error: { code: 'INVALID_INPUT', message: (error as Error).message, messageKey: 'error.import.notXlsx', params: { detail: (error as Error).message } }, stats: null };
    }
    parentPort?.postMessage(reply);
  })();
});
