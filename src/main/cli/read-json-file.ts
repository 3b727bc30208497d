import { readFileSync } from 'node:fs';
import { AndelError, ref, type MessageParam } from '../../shared/errors';
import { errnoReasonParam } from '../files/errno-reason';

/** What JSON.parse found, in the reader's words: where it stopped, or that the text ends too early; else its own words. */
function jsonProblem(detail: string): MessageParam {
  const position = /position (\d+)/u.exec(detail)?.[1];
  if (position !== undefined) return ref('error.json.atPosition', { position: Number(position) + 1 });
  if (/end of (JSON )?input/iu.test(detail)) return ref('error.json.endsEarly');
  return detail;
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AndelError('FILE_ERROR', ref('error.json.cannotRead', { path, reason: errnoReasonParam((error as NodeJS.ErrnoException).code) }));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AndelError('INVALID_INPUT', ref('error.json.invalid', { path, detail: jsonProblem((error as Error).message) }));
  }
}
