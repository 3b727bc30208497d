import { Alert, Anchor, Badge, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DecisionRow } from '../../../../shared/api/channels/governance.channels';
import type { ApiError } from '../../../../shared/errors';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { routeHash } from '../../router/routes';
import { decisionStatusAction, decisionStatusLabel, linkKindLabel, statusColor, type DecisionStatus } from './labels';
import { call } from '../../api/client';
import { invalidate } from '../../api/invalidation';
import { governanceReads } from './queries';
import { DecisionLinkEditor, RemoveLinkButton } from './DecisionLinks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useMayCall } from '../server-login/server-access';

/** Why the register refused a status change, in the words of the interface language. */
function refusalText(t: TFunction, decision: DecisionRow, target: DecisionStatus, error: ApiError): string {
  const from = decisionStatusLabel(t, decision.status).toLowerCase();
  const to = decisionStatusLabel(t, target).toLowerCase();
  if (target === 'superseded' && decision.supersededBy.length === 0) return t('governance.decision.refusedSupersede', { number: decision.number });
  if (error.code === 'CONFLICT') return t('governance.decision.refusedTransition', { number: decision.number, from, to });
  return t('governance.decision.refusedOther', { number: decision.number, to });
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One register entry: its text, links and the status steps still open to it. */
export function DecisionDrawer({
  decision,
  rows,
  onClose,
  onEdit,
  onSupersede,
}: {
  decision: DecisionRow | null;
  rows: DecisionRow[];
  onClose: () => void;
  onEdit: (decision: DecisionRow) => void;
  onSupersede: (decision: DecisionRow) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<{ id: number; target: DecisionStatus; error: ApiError } | null>(null);
  const [linkError, setLinkError] = useState<{ id: number; error: ApiError } | null>(null);
  // Over a server, a role that only reads the register (a member viewer) is offered no change.
  const mayCall = useMayCall();

  async function change(target: DecisionStatus) {
    if (!decision) return;
    setRefused(null);
    setPending(true);
    // Called directly rather than through useMutation: the refusal belongs to this decision and target.
    const result = await call('decisions:setStatus', { id: decision.id, status: target });
    setPending(false);
    if (result.ok) invalidate(governanceReads);
    else setRefused({ id: decision.id, target, error: result.error });
  }

  const shownRefusal = decision && refused && refused.id === decision.id ? refused : null;

  return (
    <Drawer opened={decision !== null} onClose={onClose} position="right" size={560} title={decision ? <span className="mono">{decision.number}</span> : ''} data-testid="decision-drawer">
      {decision && (
        <Stack gap="md">
          <div>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Title order={3} size="h4">
                {decision.title}
              </Title>
              <Group gap={6} wrap="nowrap">
                {mayCall('decisions:update') && (
                  <Button size="compact-sm" variant="default" onClick={() => onEdit(decision)} data-testid="decision-edit">
                    {t('governance.agenda.edit')}
                  </Button>
                )}
                {(decision.status === 'adopted' || decision.status === 'implemented') && mayCall('decisions:create') && (
                  <Button size="compact-sm" variant="default" onClick={() => onSupersede(decision)} data-testid="decision-supersede">
                    {t('governance.edit.supersedeWithNew')}
                  </Button>
                )}
              </Group>
            </Group>
            <Group gap={6} mt={6}>
              <Badge variant="light" color={statusColor[decision.status]} data-testid="decision-status">
                {decisionStatusLabel(t, decision.status)}
              </Badge>
              {decision.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" size="sm">
                  {tag}
                </Badge>
              ))}
            </Group>
          </div>
          <div className="field-grid">
            <Field label={t('governance.body')}>{decision.bodyName}</Field>
            <Field label={t('governance.decision.decidedOn')}>{decision.decidedOn ? formatDate(decision.decidedOn, language) : '—'}</Field>
            <Field label={t('governance.decision.meeting')}>
              {decision.meetingId && mayCall('meetings:get') ? (
                <Anchor href={routeHash({ name: 'governance', view: 'meetings', id: decision.meetingId })} size="sm">
                  {decision.meetingTitle}
                  {decision.agendaItemTitle ? ` · ${decision.agendaItemTitle}` : ''}
                </Anchor>
              ) : (
                (decision.meetingTitle ?? '—')
              )}
            </Field>
            <Field label={t('governance.decision.owner')}>{decision.ownerName ?? '—'}</Field>
            <Field label={t('governance.decision.reviewOn')}>{decision.reviewOn ? formatDate(decision.reviewOn, language) : '—'}</Field>
          </div>
          <div>
            <Text size="xs" c="dimmed" mb={2}>
              {t('governance.decision.text')}
            </Text>
            <Text size="sm" className="decision-text" data-testid="decision-text">
              {decision.text}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" mb={2}>
              {t('governance.decision.links')}
            </Text>
            {decision.links.length === 0 && decision.supersededBy.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('governance.decision.noLinks')}
              </Text>
            ) : (
              <ul className="link-list" data-testid="decision-links">
                {decision.links.map((link) => (
                  <li key={link.id} data-link-kind={link.kind}>
                    <Text size="sm" component="span" c="dimmed">
                      {linkKindLabel(t, link.kind)}:
                    </Text>{' '}
                    {link.targetDecisionId ? (
                      <Anchor href={routeHash({ name: 'governance', view: 'decisions', id: link.targetDecisionId })} size="sm">
                        {link.label}
                      </Anchor>
                    ) : link.agreementId && mayCall('agreements:list') ? (
                      <Anchor href={routeHash({ name: 'governance', view: 'agreements' })} size="sm">
                        {link.label}
                      </Anchor>
                    ) : (
                      <Text size="sm" component="span">
                        {link.label}
                      </Text>
                    )}{' '}
                    {mayCall('decisions:removeLink') && <RemoveLinkButton decision={decision} link={link} onError={(error) => setLinkError(error ? { id: decision.id, error } : null)} />}
                  </li>
                ))}
                {decision.supersededBy.map((s) => (
                  <li key={`by-${s.id}`}>
                    <Text size="sm" component="span" c="dimmed">
                      {t('governance.decision.supersededBy')}:
                    </Text>{' '}
                    <Anchor href={routeHash({ name: 'governance', view: 'decisions', id: s.id })} size="sm">
                      {s.number}
                    </Anchor>
                  </li>
                ))}
              </ul>
            )}
            {linkError && linkError.id === decision.id && <ErrorNotice error={linkError.error} />}
            {mayCall('decisions:addLink') && <DecisionLinkEditor key={decision.id} decision={decision} rows={rows} />}
          </div>
          {mayCall('decisions:setStatus') && (
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                {t('governance.decision.changeStatus')}
              </Text>
              {decision.allowedTransitions.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="no-transitions">
                  {t('governance.decision.final', { status: decisionStatusLabel(t, decision.status).toLowerCase() })}
                </Text>
              ) : (
                <Group gap="xs" data-testid="status-actions">
                  {decision.allowedTransitions.map((status) => (
                    <Button key={status} size="xs" variant="light" color={statusColor[status]} loading={pending} onClick={() => void change(status)} data-status={status}>
                      {decisionStatusAction(t, status)}
                    </Button>
                  ))}
                </Group>
              )}
              {shownRefusal && (
                <Alert color="red" variant="light" mt="sm" role="alert" title={t('governance.decision.refusedTitle')} data-testid="status-refused" data-error-code={shownRefusal.error.code}>
                  <Text size="sm">{refusalText(t, decision, shownRefusal.target, shownRefusal.error)}</Text>
                  {shownRefusal.error.message && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {shownRefusal.error.message}
                    </Text>
                  )}
                </Alert>
              )}
            </div>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
