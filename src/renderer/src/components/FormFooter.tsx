import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  onCancel: () => void;
  saving: boolean;
  /** Shown above the buttons; pass null when the form shows the problem at its fields instead. */
  error: ApiError | null | undefined;
  testId: string;
  /** The submit button's text; "Save" unless given. */
  saveLabel?: string;
  /** The cancel button's text; "Cancel" unless given. */
  cancelLabel?: string;
  /** Whether submitting is blocked (e.g. while an input is invalid). */
  disabled?: boolean;
}

/** The end of a modal form: the error, if any, then Cancel and the submit button. */
export function FormFooter({ onCancel, saving, error, testId, saveLabel, cancelLabel, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error && <ErrorNotice error={error} />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving} disabled={disabled} data-testid={testId}>
          {saveLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
