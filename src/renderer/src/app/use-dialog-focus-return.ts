import { useEffect } from 'react';

const DIALOG = '[role="dialog"]';

/**
 * Gives focus back to a dialog's opener when the dialog goes away (WCAG 2.4.3). Mantine's Modal and
 * Drawer return focus only when their `opened` turns false; most of the app's dialogs are instead
 * unmounted when they close (`{editing && <SomeModal …/>}`), which drops focus on the body. This
 * remembers what had focus just before focus entered a dialog and, once no dialog is left and focus
 * is on the body, puts it back there. Checked by tests/e2e/keyboard.e2e.test.ts.
 */
export function useDialogFocusReturn(): void {
  useEffect(() => {
    let outside: HTMLElement | null = null;
    let opener: HTMLElement | null = null;
    function onFocusIn(event: FocusEvent) {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target) return;
      if (target.closest(DIALOG)) {
        if (opener === null && outside?.isConnected) opener = outside;
      } else {
        outside = target;
        if (document.querySelector(DIALOG) === null) opener = null;
      }
    }
    const observer = new MutationObserver(() => {
      if (opener === null || document.querySelector(DIALOG) !== null) return;
      const back = opener;
      opener = null;
      const active = document.activeElement;
      if ((active === null || active === document.body) && back.isConnected) back.focus({ preventScroll: true });
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
