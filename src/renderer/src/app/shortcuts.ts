/**
 * Keyboard shortcuts of the whole app, as data plus one pure function that maps a key press to
 * an action (tested without a browser). Typing in a field keeps the field's own keys: Ctrl+Z in
 * a text box undoes typing, not the last saved edit.
 */
import { navigationItems, type NavigationTarget } from './navigation';

export type ShortcutAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'focusFilter' }
  | { type: 'navigate'; to: NavigationTarget };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The press happened in a text field, select or editable element. */
  inField: boolean;
}

/** Alt+1…9 open the navigation's items in the side bar's order. */
const ALT_DIGITS: readonly NavigationTarget[] = navigationItems.slice(0, 9).map((item) => item.name);
const G_KEYS: Record<string, NavigationTarget> = { m: 'members', s: 'scenarios', b: 'budgets', e: 'exports', g: 'governance', c: 'cooperations' };

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
  if (press.altKey && !mod && !press.shiftKey && /^[1-9]$/u.test(key) && Number(key) <= ALT_DIGITS.length) {
    return { action: { type: 'navigate', to: ALT_DIGITS[Number(key) - 1]! }, pendingG: false };
  }
  if (press.inField || press.ctrlKey || press.metaKey || press.altKey) return { action: null, pendingG: false };
  if (pendingG && G_KEYS[key]) return { action: { type: 'navigate', to: G_KEYS[key]! }, pendingG: false };
  return { action: null, pendingG: key === 'g' };
}
