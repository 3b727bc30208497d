import { useEffect, useRef } from 'react';
import { commandStack } from '../undo/undo-store';

/** Edits of one workspace cannot be undone in another: the stack is emptied when the open file changes. */
export function useForgetEditsOnWorkspaceChange(path: string | null): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current !== path) commandStack.clear();
    previous.current = path;
  }, [path]);
}
