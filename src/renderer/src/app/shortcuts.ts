/**
 * Keyboard shortcuts of the whole app, as data plus one pure function that maps a key press to
 * an action (tested without a browser). Typing in a field keeps the field's own keys: Ctrl+Z in
 * a text box undoes typing, not the last saved edit.
 */
export type ShortcutAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'focusFilter' }
  | { type: 'navigate'; to: 'members' | 'scenarios' | 'budgets' | 'exports' | 'governance' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The press happened in a text field, select or editable element. */
  inField: boolean;
}

const ALT_DIGITS = ['members', 'scenarios', 'budgets', 'exports', 'governance'] as const;
const G_KEYS: Record<string, (typeof ALT_DIGITS)[number]> = { m: 'members', s: 'scenarios', b: 'budgets', e: 'exports', g: 'governance' };

/** `pendingG`: the previous press was a lone "g" (for "g m", "g b"…). Returns the action and whether a "g" is now pending. */
export function shortcutFor(press: KeyPress, pendingG: boolean, mac: boolean): { action: ShortcutAction | null; pendingG: boolean } {
  const mod = mac ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (mod && !press.altKey) {
    if (key === 'z' && !press.shiftKey) return { action: press.inField ? null : { type: 'undo' }, pendingG: false };
    if ((key === 'z' && press.shiftKey) || (key === 'y' && !press.shiftKey)) return { action: press.inField ? null : { type: 'redo' }, pendingG: false };
    if (key === 'f' && !press.shiftKey) return { action: { type: 'focusFilter' }, pendingG: false };
    return { action: null, pendingG: false };
  }
  if (press.altKey && !mod && !press.shiftKey && /^[1-5]$/u.test(key)) {
    return { action: { type: 'navigate', to: ALT_DIGITS[Number(key) - 1]! }, pendingG: false };
  }
  if (press.inField || press.ctrlKey || press.metaKey || press.altKey) return { action: null, pendingG: false };
  if (pendingG && G_KEYS[key]) return { action: { type: 'navigate', to: G_KEYS[key]! }, pendingG: false };
  return { action: null, pendingG: key === 'g' };
}
