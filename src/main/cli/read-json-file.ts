import { readFileSync } from 'node:fs';
import { AndelError } from '../../shared/errors';
import { errnoReason } from '../files/errno-reason';

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AndelError('FILE_ERROR', `Cannot read ${path} (${errnoReason((error as NodeJS.ErrnoException).code)}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AndelError('INVALID_INPUT', `${path} is not valid JSON: ${(error as Error).message}`);
  }
}
