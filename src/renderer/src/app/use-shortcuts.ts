import { useEffect } from 'react';
import { useHashRoute } from '../router/use-hash-route';
import { commandStack } from '../undo/undo-store';
import { shortcutFor } from './shortcuts';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the app's keyboard shortcuts (see shortcuts.ts) on the window. */
export function useShortcuts(): void {
  const [, navigate] = useHashRoute();
  useEffect(() => {
    let pendingG = false;
    let timer: number | undefined;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const result = shortcutFor(
        { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey, altKey: event.altKey, inField: inField(event.target) },
        pendingG,
        mac,
      );
      pendingG = result.pendingG;
      window.clearTimeout(timer);
      if (pendingG) timer = window.setTimeout(() => (pendingG = false), 1200);
      const action = result.action;
      if (!action) return;
      event.preventDefault();
      if (action.type === 'undo') void commandStack.undo();
      else if (action.type === 'redo') void commandStack.redo();
      else if (action.type === 'focusFilter') {
        const field = document.querySelector<HTMLInputElement>('[data-shortcut="filter"]');
        field?.focus();
        field?.select();
      } else navigate({ name: action.to });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer);
    };
  }, [navigate]);
}
