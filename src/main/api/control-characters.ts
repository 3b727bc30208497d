/**
 * Control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F–U+009F)
 * have no place in a name or text: a NUL cuts strings short in C libraries, files and SQLite's text
 * functions, and none of them can be typed or shown. `dispatch` refuses any string of any
 * channel's input holding one, with INVALID_INPUT naming the field.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export interface ControlCharacterFound {
  path: (string | number)[];
  char: string;
  position: number;
}

/** The first string in `value` (walked depth first, in key order) holding a control character. */
export function findControlCharacter(value: unknown, path: (string | number)[] = [], depth = 0): ControlCharacterFound | null {
  if (typeof value === 'string') {
    const match = CONTROL.exec(value);
    if (!match) return null;
    return { path, char: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, position: match.index + 1 };
  }
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findControlCharacter(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findControlCharacter(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
