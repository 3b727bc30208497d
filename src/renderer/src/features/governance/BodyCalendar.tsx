/**
 * A body's meetings of one year as one iCalendar file (bodies:exportCalendar): main writes it to the
 * "Andel exports" folder next to the workspace and logs it; the notice names the file, with "Show in
 * folder" and "Open".
 */
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../../../shared/api/channels/governance.channels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportedFileActions, useWrittenFile } from '../exports/export-controls';
import { useExportBodyCalendar } from './queries';

export function BodyCalendar({ bodyId }: { bodyId: number }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const calendar = useExportBodyCalendar();
  const [written, write] = useWrittenFile<WrittenFile>();
  const onExport = () => write(() => calendar.run({ bodyId, year: Number(year) }));
  return (
    <Stack gap="xs" data-testid="body-calendar">
      <Title order={3} size="h5">
        {t('governance.bodyCalendar.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('governance.bodyCalendar.hint')}
      </Text>
      <Group align="flex-end" gap="xs">
        <Select
          size="xs"
          w={110}
          label={t('governance.bodyCalendar.year')}
          data={[-2, -1, 0, 1, 2].map((offset) => String(thisYear + offset))}
          value={year}
          onChange={(value) => value && setYear(value)}
          allowDeselect={false}
          data-testid="body-calendar-year"
        />
        <Button size="xs" variant="default" loading={calendar.pending} onClick={() => void onExport()} data-testid="body-calendar-export">
          {t('governance.bodyCalendar.button')}
        </Button>
      </Group>
      {calendar.error && <ErrorNotice error={calendar.error} />}
      {written && (
        <Stack gap={4} data-testid="body-calendar-written">
          <Text size="xs" fw={600}>
            {t('governance.bodyCalendar.done')}
          </Text>
          <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
            {written.path}
          </Text>
          <ExportedFileActions exportId={written.exportId} />
        </Stack>
      )}
    </Stack>
  );
}
