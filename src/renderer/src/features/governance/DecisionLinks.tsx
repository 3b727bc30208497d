import { ActionIcon, Button, Group, Select, Text, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionLinkView, DecisionRow } from '../../../../shared/api/channels/governance.channels';
import { decisionLinkKinds } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { callEdit, executeEdit, type Command } from '../../undo/undo-store';
import { useCooperationSnapshots, useKeys } from '../scenarios/queries';
import { fieldIssues } from './forms';
import { linkKindLabel, type DecisionLinkKind } from './labels';
import { useCooperationAgreements } from './queries';

type TargetField = 'snapshotId' | 'agreementId' | 'keyId' | 'targetDecisionId';
const fieldOf: Record<DecisionLinkKind, TargetField> = {
  adopts_snapshot: 'snapshotId',
  adopts_agreement: 'agreementId',
  adopts_key: 'keyId',
  supersedes: 'targetDecisionId',
  relates_to: 'targetDecisionId',
};

const pickKey = {
  adopts_snapshot: 'governance.edit.pickAdoptsSnapshot',
  adopts_agreement: 'governance.edit.pickAdoptsAgreement',
  adopts_key: 'governance.edit.pickAdoptsKey',
  supersedes: 'governance.edit.pickSupersedes',
  relates_to: 'governance.edit.pickRelatesTo',
} as const satisfies Record<DecisionLinkKind, string>;

const targetOf = (link: DecisionLinkView): number | null => link[fieldOf[link.kind]];

function addLinkCommand(t: TFunction, decision: DecisionRow, kind: DecisionLinkKind, target: number, label: string): Command {
  let created: number | null = null;
  return {
    label: () => t('governance.edit.undoAddLink', { number: decision.number, link: `${linkKindLabel(t, kind)} ${label}` }),
    run: async () => {
      const row = await callEdit('decisions:addLink', { decisionId: decision.id, kind, [fieldOf[kind]]: target });
      created = row.links.find((l) => l.kind === kind && targetOf(l) === target)?.id ?? null;
    },
    revert: async () => {
      if (created !== null) await callEdit('decisions:removeLink', { id: created });
    },
  };
}

function removeLinkCommand(t: TFunction, decision: DecisionRow, link: DecisionLinkView): Command {
  let current = link.id;
  const target = targetOf(link) as number;
  return {
    label: () => t('governance.edit.undoRemoveLink', { number: decision.number, link: `${linkKindLabel(t, link.kind)} ${link.label}` }),
    run: async () => void (await callEdit('decisions:removeLink', { id: current })),
    revert: async () => {
      const row = await callEdit('decisions:addLink', { decisionId: decision.id, kind: link.kind, [fieldOf[link.kind]]: target });
      current = row.links.find((l) => l.kind === link.kind && targetOf(l) === target)?.id ?? current;
    },
  };
}

/** The link editor under a decision's links: what it adopts (snapshot, agreement, key), supersedes or relates to. */
export function DecisionLinkEditor({ decision, rows }: { decision: DecisionRow; rows: DecisionRow[] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DecisionLinkKind>('supersedes');
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const cooperationId = decision.cooperationId;
  const agreements = useCooperationAgreements(cooperationId);
  const keys = useKeys(cooperationId);
  const snapshots = useCooperationSnapshots(cooperationId);

  const options = useMemo(() => {
    const existing = new Set(decision.links.filter((l) => l.kind === kind).map((l) => targetOf(l)));
    const list = (() => {
      switch (kind) {
        case 'supersedes':
        case 'relates_to':
          return rows
            .filter((r) => r.cooperationId === cooperationId && r.id !== decision.id)
            .sort((a, b) => b.year - a.year || a.bodyName.localeCompare(b.bodyName) || b.sequence - a.sequence)
            .map((r) => ({ value: String(r.id), label: `${r.number} · ${r.title}` }));
        case 'adopts_agreement':
          return (agreements.data ?? []).map((a) => ({ value: String(a.id), label: a.title }));
        case 'adopts_key':
          return (keys.data ?? []).map((k) => ({ value: String(k.id), label: `${k.name} v${k.version}` }));
        case 'adopts_snapshot':
          return (snapshots.data ?? []).map((s) => ({ value: String(s.id), label: `${s.scenarioName} · ${s.createdAt.slice(0, 10)} · ${s.contentHash.slice(0, 8)}` }));
      }
    })();
    return list.filter((o) => !existing.has(Number(o.value)));
  }, [kind, rows, agreements.data, keys.data, snapshots.data, decision, cooperationId]);

  async function add() {
    if (target === null) return;
    const label = options.find((o) => o.value === target)?.label ?? target;
    setPending(true);
    const failed = await executeEdit(addLinkCommand(t, decision, kind, Number(target), label));
    setPending(false);
    setError(failed);
    if (!failed) setTarget(null);
  }

  const issues = fieldIssues(error, { input: 'target', snapshotId: 'target', agreementId: 'target', keyId: 'target', targetDecisionId: 'target' });
  return (
    <form
      className="link-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
      data-testid="link-editor"
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select
          size="xs"
          w={190}
          aria-label={t('governance.edit.linkKind')}
          data={decisionLinkKinds.map((k) => ({ value: k, label: linkKindLabel(t, k) }))}
          value={kind}
          onChange={(v) => {
            if (!v) return;
            setKind(v as DecisionLinkKind);
            setTarget(null);
            setError(null);
          }}
          allowDeselect={false}
          data-testid="link-kind"
        />
        <Select
          size="xs"
          flex={1}
          aria-label={t('governance.edit.linkTarget')}
          placeholder={t(pickKey[kind])}
          searchable
          data={options}
          value={target}
          onChange={(v) => {
            setTarget(v);
            setError(null);
          }}
          nothingFoundMessage={t('governance.edit.nothingToLink')}
          error={issues['target'] ?? (error && !error.issues ? error.message : undefined)}
          data-testid="link-target"
        />
        <Button size="xs" type="submit" variant="light" disabled={target === null} loading={pending} data-testid="link-add">
          {t('governance.edit.addLink')}
        </Button>
      </Group>
    </form>
  );
}

/** The ✕ beside a link; undoable. A supersedes link that explains a superseded decision is refused by the register. */
export function RemoveLinkButton({ decision, link, onError }: { decision: DecisionRow; link: DecisionLinkView; onError: (error: ApiError | null) => void }) {
  const { t } = useTranslation();
  const name = `${linkKindLabel(t, link.kind)} ${link.label}`;
  return (
    <Tooltip label={t('governance.edit.removeLink')} openDelay={400}>
      <ActionIcon
        size="sm"
        variant="subtle"
        color="gray"
        aria-label={t('common.deleteNamed', { name })}
        onClick={() => void executeEdit(removeLinkCommand(t, decision, link)).then(onError)}
        data-testid="link-remove"
      >
        <Text size="xs" component="span" aria-hidden>
          ✕
        </Text>
      </ActionIcon>
    </Tooltip>
  );
}
