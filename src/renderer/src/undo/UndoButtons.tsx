import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commandStack, useCommandStack } from './undo-store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

/** Undo and redo, each naming the edit it would take back or make again. */
export function UndoButtons() {
  const { t } = useTranslation();
  const state = useCommandStack();
  const undoText = state.undoLabel ? t('undo.undoNamed', { action: state.undoLabel }) : t('undo.nothingToUndo');
  const redoText = state.redoLabel ? t('undo.redoNamed', { action: state.redoLabel }) : t('undo.nothingToRedo');
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Tooltip label={`${undoText} (${isMac ? '⌘Z' : 'Ctrl+Z'})`} openDelay={400}>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          disabled={!state.undoLabel || state.busy}
          onClick={() => void commandStack.undo()}
          aria-label={undoText}
          data-testid="undo-button"
          leftSection={<span aria-hidden>↶</span>}
          maw={320}
          styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
        >
          {/* In a narrow window the arrow alone; its name stays in aria-label and the tooltip. */}
          <span className="undo-label">{state.undoLabel ? undoText : t('undo.undo')}</span>
        </Button>
      </Tooltip>
      <Tooltip label={`${redoText} (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`} openDelay={400}>
        <ActionIcon
          size="md"
          variant="subtle"
          color="gray"
          disabled={!state.redoLabel || state.busy}
          onClick={() => void commandStack.redo()}
          aria-label={redoText}
          data-testid="redo-button"
        >
          <span aria-hidden>↷</span>
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
