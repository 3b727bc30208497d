import { readFileSync } from 'node:fs';
import { AndelError, ref } from '../../shared/errors';
import { errnoReasonParam } from '../files/errno-reason';

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
    throw new AndelError('INVALID_INPUT', ref('error.json.invalid', { path, detail: (error as Error).message }));
  }
}
