import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyTreeNode } from '../../../../shared/api/channels/governance.channels';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { BodyModal, type BodyOption } from './BodyModal';
import { DateField } from './DateField';
import { bodyKindLabel, seatRoleLabel, todayIso } from './labels';
import { useBodiesTree } from './queries';

const stateColor = { active: 'teal', ended: 'gray', not_started: 'blue' } as const;

function period(body: BodyTreeNode, language: Language): string {
  const from = body.startDate ? formatDate(body.startDate, language) : '…';
  const to = body.endDate ? formatDate(body.endDate, language) : '…';
  return `${from} – ${to}`;
}

function BodyNode({ body, level, language, onEdit }: { body: BodyTreeNode; level: number; language: Language; onEdit: (id: number) => void }) {
  const { t } = useTranslation();
  const chairs = body.composition;
  return (
    // A list item of nested lists, its card headed by the body's name: the hierarchy is the lists'
    // nesting (read as "list, level 2"). Not an ARIA tree: there is nothing to expand or select, and
    // a treeitem named by the body alone while its card shows seats and dates broke 2.5.3 label in name.
    <li className="body-node" data-body-id={body.id} data-testid={`body-${body.id}`}>
      <Paper withBorder radius="sm" p="sm" className={`body-card body-${body.state}`} data-state={body.state}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Group gap={8} wrap="wrap">
              <Title order={level === 1 ? 3 : 4} size={level === 1 ? 'h4' : 'h5'} className="body-name">
                {body.name}
              </Title>
              <Badge variant="light" color="andel" size="sm" className="body-kind">
                {bodyKindLabel(t, body.kind)}
              </Badge>
              <Badge variant="outline" color={body.permanent ? 'andel' : 'grape'} size="sm" className="body-permanence">
                {body.permanent ? t('governance.bodies.permanent') : t('governance.bodies.temporary')}
              </Badge>
              <Badge variant="dot" color={body.replacedBy ? 'orange' : stateColor[body.state]} size="sm" className="body-state">
                {body.replacedBy && body.state === 'ended' ? t('governance.bodies.state.replaced') : t(`governance.bodies.state.${body.state}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {period(body, language)}
              {body.replacedBy && (
                <>
                  {' · '}
                  <span className="body-replaced-by">{t('governance.bodies.replacedBy', { name: body.replacedBy.name })}</span>
                </>
              )}
              {' · '}
              <span className="body-numbering">{t('governance.bodies.numbering', { example: body.exampleNumber })}</span>
              {body.replaces.length > 0 && (
                <>
                  {' · '}
                  <span className="body-replaces">{t('governance.bodies.replaces', { names: body.replaces.map((r) => r.name).join(', ') })}</span>
                </>
              )}
            </Text>
            {body.mandate && (
              <Text size="sm" mt={4} className="body-mandate" lineClamp={level === 1 ? 2 : 1} title={body.mandate}>
                {body.mandate}
              </Text>
            )}
          </div>
          <Button size="compact-xs" variant="subtle" className="no-print" style={{ flexShrink: 0 }} onClick={() => onEdit(body.id)} aria-label={t('common.editNamed', { name: body.name })} data-testid="body-edit">
            {t('governance.agenda.edit')}
          </Button>
        </Group>
        {chairs.length > 0 ? (
          <ul className="composition" aria-label={t('governance.bodies.compositionOf', { name: body.name })}>
            {chairs.map((seat) => (
              <li key={seat.id} className={seat.role === 'chair' ? 'seat seat-chair' : 'seat'}>
                <span className="seat-role">{seatRoleLabel(t, seat.role)}</span>
                <span className="seat-person">{seat.personName}</span>
                {seat.organisationName && seat.organisationName !== seat.personName && <span className="seat-org">{seat.organisationName}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <Text size="xs" c="dimmed" mt={6}>
            {body.state === 'ended' ? t('governance.bodies.noSeatsEnded') : t('governance.bodies.noSeats')}
          </Text>
        )}
      </Paper>
      {body.children.length > 0 && (
        <ul className="body-children" aria-label={t('governance.bodies.childrenOf', { name: body.name })}>
          {body.children.map((child) => (
            <BodyNode key={child.id} body={child} level={level + 1} language={language} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Bodies as a tree per cooperation, each with its composition on the chosen date. */
export function BodiesView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [asOf, setAsOf] = useState(todayIso);
  const [cooperationId, setCooperationId] = useState<string | null>(null);
  const tree = useBodiesTree(asOf);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const allBodies = useMemo(() => {
    const out: BodyOption[] = [];
    const walk = (nodes: BodyTreeNode[]) => {
      for (const node of nodes) {
        out.push({ id: node.id, name: node.name, cooperationId: node.cooperationId });
        walk(node.children);
      }
    };
    for (const c of tree.data?.cooperations ?? []) walk(c.bodies);
    return out;
  }, [tree.data]);

  if (tree.status === 'error' && !tree.data) return <ErrorNotice error={tree.error} onRetry={tree.refetch} />;
  if (!tree.data) {
    return (
      <LoadingNotice label={t('governance.loading')} />
    );
  }
  const cooperations = tree.data.cooperations.filter((c) => cooperationId === null || String(c.id) === cooperationId);

  return (
    <Stack gap="sm" className="gov-scroll">
      <Group gap="sm" align="flex-end">
        <DateField label={t('governance.bodies.asOf')} value={asOf} onChange={setAsOf} data-testid="bodies-as-of" />
        <Select
          size="sm"
          w={320}
          label={t('governance.cooperation')}
          placeholder={t('governance.allCooperations')}
          clearable
          data={tree.data.cooperations.map((c) => ({ value: String(c.id), label: c.name }))}
          value={cooperationId}
          onChange={setCooperationId}
          data-testid="bodies-cooperation"
        />
        <Text size="xs" c="dimmed" ml="auto" pb={6}>
          {t('governance.bodies.hint', { date: formatDate(asOf, language, 'long') })}
        </Text>
        <Button size="sm" onClick={() => setEditing('new')} data-testid="body-new">
          {t('governance.edit.newBody')}
        </Button>
      </Group>
      {tree.status === 'error' && <ErrorNotice error={tree.error} onRetry={tree.refetch} />}
      {cooperations.length === 0 ? (
        <EmptyState title={t('governance.bodies.emptyTitle')}>{t('governance.bodies.emptyBody')}</EmptyState>
      ) : (
        cooperations.map((cooperation) => (
          <section key={cooperation.id} className="coop-section" aria-label={cooperation.name} data-testid={`bodies-coop-${cooperation.id}`}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed" className="coop-name">
              {cooperation.name}
            </Text>
            <ul className="body-tree" aria-label={cooperation.name}>
              {cooperation.bodies.map((body) => (
                <BodyNode key={body.id} body={body} level={1} language={language} onEdit={setEditing} />
              ))}
            </ul>
          </section>
        ))
      )}
      {editing !== null && (
        <BodyModal
          bodyId={editing === 'new' ? null : editing}
          bodies={allBodies}
          defaultCooperationId={cooperationId === null ? (tree.data.cooperations.length === 1 ? (tree.data.cooperations[0]?.id ?? null) : null) : Number(cooperationId)}
          defaultParentId={null}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
