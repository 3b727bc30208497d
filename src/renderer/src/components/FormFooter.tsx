import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ErrorNotice } from './ErrorNotice';

interface ButtonsProps {
  onCancel: () => void;
  saving: boolean;
  testId: string;
  /** The submit button's text; "Save" unless given. */
  saveLabel?: string;
  /** The cancel button's text; "Cancel" unless given. */
  cancelLabel?: string;
  /** Whether submitting is blocked (e.g. while an input is invalid). */
  disabled?: boolean;
}

interface Props extends ButtonsProps {
  /** Shown above the buttons; pass null when the form shows the problem at its fields instead. */
  error: ApiError | null | undefined;
}

/** Cancel and the submit button, after `children` (e.g. a count of problems), for a footer that holds more on its left. */
export function FormButtons({ onCancel, saving, testId, saveLabel, cancelLabel, disabled, children }: ButtonsProps & { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {children}
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled} data-testid={testId}>
        {saveLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}

/**
 * The end of a modal form: the error, if any, then Cancel and the submit button. A save refused
 * because the row changed since the dialog opened offers to reload: the views fetch again and the
 * dialog closes, to be opened on the stored values.
 */
export function FormFooter({ onCancel, error, ...buttons }: Props) {
  return (
    <>
      {error && <ErrorNotice error={error} onReload={onCancel} />}
      <Group justify="flex-end">
        <FormButtons onCancel={onCancel} {...buttons} />
      </Group>
    </>
  );
}
