/**
 * Votes on a meeting's decision items: each voting seat's yes / no / abstain (in person, or through
 * the holder of another present seat), the body's rule and the tally per condition with whether it
 * passed — as main computes it (exact, shared/governance/vote-tally).
 */
import { Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AgendaItemView, MeetingView, VoterView } from '../../../../shared/api/channels/governance.channels';
import { MAX_RULE_CONDITIONS, simpleMajorityRule, twoThirdsAndHalfPopulationRule, weightedMajorityRule, type ConditionTally, type VoteChoice, type VoteRule } from '../../../../shared/governance/vote-tally';
import { builtRule, draftOf, type DraftCondition } from './rule-builder';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSetVote, useSetVotingRule } from './queries';
import { commandStack } from '../../undo/undo-store';
import { updateCommand } from './forms';
import type { ChannelInput } from '../../../../shared/api/contract';

type Preset = 'simple' | 'weighted' | 'qualified';
const presets: Record<Preset, VoteRule> = { simple: simpleMajorityRule, weighted: weightedMajorityRule, qualified: twoThirdsAndHalfPopulationRule };

/** A rule as comparable text, whatever the order of its fields (main stores it as canonical JSON). */
const ruleKey = (rule: VoteRule): string => rule.conditions.map((c) => [c.measure, c.base, c.comparison, c.num, c.den].join(' ')).join(' & ');

function presetOf(rule: VoteRule): Preset | null {
  return (Object.keys(presets) as Preset[]).find((p) => ruleKey(presets[p]) === ruleKey(rule)) ?? null;
}

function ruleLabel(t: TFunction, rule: VoteRule): string {
  const preset = presetOf(rule);
  return preset ? t(`governance.votes.rule.${preset}`) : t('governance.votes.rule.custom', { count: rule.conditions.length });
}

function conditionText(t: TFunction, meeting: MeetingView, tally: ConditionTally, format: (n: number) => string): string {
  const c = tally.condition;
  const metric = meeting.voting.metric === 'population' ? t('member.population').toLowerCase() : (meeting.voting.metric ?? '');
  const measure = c.measure === 'members' ? t('governance.votes.measureMembers') : t('governance.votes.measureWeight', { metric });
  return t('governance.votes.condition', {
    measure,
    yes: format(tally.yes),
    base: format(tally.base),
    of: t(`governance.votes.base.${c.base}`),
    comparison: t(c.comparison === 'at_least' ? 'governance.votes.atLeast' : 'governance.votes.moreThan'),
    threshold: `${c.num}/${c.den}`,
  });
}

/**
 * A vote as an undoable edit: saved through the mutation (its reply updates the meeting at once),
 * then recorded on the stack as a command whose revert calls votes:set with what was there before.
 */
function useUndoableVote() {
  const set = useSetVote();
  const run = async (label: () => string, input: ChannelInput<'votes:set'>, previous: ChannelInput<'votes:set'>) => {
    if (await set.run(input)) commandStack.record(updateCommand(label, 'votes:set', input, previous));
  };
  return { run, pending: set.pending, error: set.error };
}

function VoterRow({ meeting, item, voter }: { meeting: MeetingView; item: AgendaItemView; voter: VoterView }) {
  const { t, i18n } = useTranslation();
  const set = useUndoableVote();
  const vote = item.vote?.votes.find((v) => v.seatId === voter.seatId);
  // A member recorded as represented by another member votes through that member's seat.
  const represented = meeting.attendance.find((a) => a.personId === voter.personId && a.status === 'proxy');
  const attendanceProxy = meeting.voting.voters.find((v) => v.personId === represented?.proxyPersonId)?.seatId ?? null;
  const proxyOptions = meeting.voting.voters.filter((v) => v.seatId !== voter.seatId).map((v) => ({ value: String(v.seatId), label: v.personName }));
  const choose = (choice: string, proxySeatId: number | null) =>
    void set.run(
      () => t('governance.votes.undoVote', { name: voter.personName, item: `§ ${item.ordinal}` }),
      { agendaItemId: item.id, seatId: voter.seatId, choice: choice === '' ? null : (choice as VoteChoice), proxySeatId },
      { agendaItemId: item.id, seatId: voter.seatId, choice: vote?.choice ?? null, proxySeatId: vote?.proxySeatId ?? null },
    );
  return (
    <tr data-seat-id={voter.seatId} data-testid="voter-row">
      <td>{voter.personName}</td>
      <td>{voter.organisationName ?? ''}</td>
      <td className="num">{new Intl.NumberFormat(i18n.language).format(voter.weight)}</td>
      <td>
        <SegmentedControl
          size="xs"
          disabled={meeting.locked || set.pending}
          value={vote?.choice ?? ''}
          onChange={(value) => choose(value, vote?.proxySeatId ?? attendanceProxy)}
          aria-label={t('governance.votes.choiceOf', { name: voter.personName })}
          data={[
            { value: 'yes', label: t('governance.votes.yes') },
            { value: 'no', label: t('governance.votes.no') },
            { value: 'abstain', label: t('governance.votes.abstain') },
            { value: '', label: t('governance.votes.none') },
          ]}
        />
      </td>
      <td>
        <Select
          size="xs"
          w={200}
          clearable
          disabled={meeting.locked || set.pending || !vote}
          placeholder={t('governance.votes.inPerson')}
          aria-label={t('governance.votes.proxyOf', { name: voter.personName })}
          data={proxyOptions}
          value={vote?.proxySeatId ? String(vote.proxySeatId) : null}
          onChange={(value) => vote && choose(vote.choice, value === null ? null : Number(value))}
        />
        {set.error && <ErrorNotice error={set.error} />}
      </td>
    </tr>
  );
}

function ItemVote({ meeting, item }: { meeting: MeetingView; item: AgendaItemView }) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const tally = item.vote?.tally;
  return (
    <Stack gap={4} data-testid="item-vote" data-item-id={item.id}>
      <Title order={4} size="h6">
        § {item.ordinal} {item.title}
      </Title>
      <div className="gov-table-scroll">
        <table className="gov-table vote-table">
          <thead>
            <tr>
              <th>{t('governance.votes.voter')}</th>
              <th>{t('governance.votes.organisation')}</th>
              <th className="num">{t('governance.votes.weight')}</th>
              <th>{t('governance.votes.choice')}</th>
              <th>{t('governance.votes.proxy')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.voting.voters.map((voter) => (
              <VoterRow key={voter.seatId} meeting={meeting} item={item} voter={voter} />
            ))}
          </tbody>
        </table>
      </div>
      {tally && (
        <Stack gap={2} data-testid="vote-tally">
          {tally.conditions.map((condition, index) => (
            <Group key={index} gap="xs" data-testid="vote-condition">
              <Text size="sm">{conditionText(t, meeting, condition, format)}</Text>
              <Badge size="sm" variant="light" color={condition.passed ? 'teal' : 'red'}>
                {t(condition.passed ? 'governance.votes.passed' : 'governance.votes.failed')}
              </Badge>
            </Group>
          ))}
          <Text size="sm" fw={600} data-testid="vote-result">
            {t(tally.passed ? 'governance.votes.resultPassed' : 'governance.votes.resultFailed')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

type RuleChoice = Preset | 'custom';

function ConditionRow({ condition, index, onChange, onRemove, invalid }: { condition: DraftCondition; index: number; onChange: (c: DraftCondition) => void; onRemove: (() => void) | null; invalid: boolean }) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" data-testid="rule-condition">
      <Select
        size="xs"
        w={170}
        label={t('governance.votes.builder.measure', { n })}
        data={[
          { value: 'members', label: t('governance.votes.measureMembers') },
          { value: 'weight', label: t('governance.votes.measureWeight', { metric: t('member.population').toLowerCase() }) },
        ]}
        value={condition.measure}
        onChange={(value) => value && onChange({ ...condition, measure: value as DraftCondition['measure'] })}
        allowDeselect={false}
      />
      <Select
        size="xs"
        w={110}
        label={t('governance.votes.builder.comparison', { n })}
        data={[
          { value: 'at_least', label: t('governance.votes.atLeast') },
          { value: 'more_than', label: t('governance.votes.moreThan') },
        ]}
        value={condition.comparison}
        onChange={(value) => value && onChange({ ...condition, comparison: value as DraftCondition['comparison'] })}
        allowDeselect={false}
      />
      <TextInput
        size="xs"
        w={90}
        label={t('governance.votes.builder.threshold', { n })}
        placeholder="2/3"
        value={condition.threshold}
        error={invalid ? t('governance.votes.builder.thresholdInvalid') : undefined}
        onChange={(e) => onChange({ ...condition, threshold: e.currentTarget.value })}
        data-testid="rule-threshold"
      />
      <Select
        size="xs"
        w={170}
        label={t('governance.votes.builder.base', { n })}
        data={(['entitled', 'present', 'cast'] as const).map((base) => ({ value: base, label: t(`governance.votes.base.${base}`) }))}
        value={condition.base}
        onChange={(value) => value && onChange({ ...condition, base: value as DraftCondition['base'] })}
        allowDeselect={false}
      />
      {onRemove && (
        <Button size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={t('governance.votes.builder.remove', { n })}>
          ×
        </Button>
      )}
    </Group>
  );
}

function RuleModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetVotingRule();
  const [choice, setChoice] = useState<RuleChoice>(presetOf(meeting.voting.rule) ?? 'custom');
  const [conditions, setConditions] = useState<DraftCondition[]>(meeting.voting.rule.conditions.map(draftOf));
  const [referenceDate, setReferenceDate] = useState(meeting.voting.referenceDate ?? '');
  const built = choice === 'custom' ? builtRule(conditions) : { rule: presets[choice] };
  const rule = 'rule' in built ? built.rule : null;
  const weighted = rule !== null && rule.conditions.some((c) => c.measure === 'weight');
  function pick(value: RuleChoice) {
    setChoice(value);
    // "Own rule" starts from the rule chosen so far, to be changed condition by condition.
    if (value === 'custom' && choice !== 'custom') setConditions(presets[choice].conditions.map(draftOf));
  }
  async function submit() {
    if (!rule) return;
    const saved = await save.run({ bodyId: meeting.bodyId, rule, metric: weighted ? 'population' : null, referenceDate: weighted && referenceDate.trim() ? referenceDate.trim() : null });
    if (saved) onClose();
  }
  return (
    <Modal opened onClose={onClose} size="xl" title={t('governance.votes.ruleTitle', { body: meeting.bodyName })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Select
          label={t('governance.votes.ruleLabel')}
          data={[...(Object.keys(presets) as Preset[]).map((p) => ({ value: p, label: t(`governance.votes.rule.${p}`) })), { value: 'custom', label: t('governance.votes.builder.custom') }]}
          value={choice}
          onChange={(value) => value && pick(value as RuleChoice)}
          allowDeselect={false}
          data-testid="rule-choice"
        />
        {choice === 'custom' && (
          <Stack gap="xs" data-testid="rule-builder">
            <Text size="xs" c="dimmed">
              {t('governance.votes.builder.hint')}
            </Text>
            {conditions.map((condition, index) => (
              <ConditionRow
                key={index}
                condition={condition}
                index={index}
                invalid={'row' in built && built.row === index}
                onChange={(next) => setConditions(conditions.map((c, i) => (i === index ? next : c)))}
                onRemove={conditions.length > 1 ? () => setConditions(conditions.filter((_, i) => i !== index)) : null}
              />
            ))}
            <Group>
              <Button
                size="xs"
                variant="default"
                disabled={conditions.length >= MAX_RULE_CONDITIONS}
                onClick={() => setConditions([...conditions, { measure: 'weight', base: 'entitled', comparison: 'at_least', threshold: '1/2' }])}
                data-testid="rule-add-condition"
              >
                {t('governance.votes.builder.add')}
              </Button>
            </Group>
            {'row' in built && (
              <Text size="xs" c="red" data-testid="rule-invalid">
                {t('governance.votes.builder.invalid')}
              </Text>
            )}
          </Stack>
        )}
        {weighted && (
          <TextInput label={t('governance.votes.referenceDate')} description={t('governance.votes.referenceDateHint')} placeholder="2025-12-31" value={referenceDate} onChange={(e) => setReferenceDate(e.currentTarget.value)} />
        )}
        {save.error && <ErrorNotice error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={save.pending} disabled={!rule} data-testid="rule-save">
            {t('governance.votes.saveRule')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function VotesPanel({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [editingRule, setEditingRule] = useState(false);
  const items = meeting.agenda.filter((item) => item.kind === 'decision');
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="votes-panel">
      <Group justify="space-between" mb={6}>
        <Title order={3} size="h5">
          {t('governance.votes.title')}
        </Title>
        <Group gap="xs">
          <Text size="xs" c="dimmed" data-testid="voting-rule">
            {t('governance.votes.ruleIs', { rule: ruleLabel(t, meeting.voting.rule) })}
            {meeting.voting.metric ? ` · ${t('governance.votes.asOf', { date: meeting.voting.asOf })}` : ''}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditingRule(true)} disabled={meeting.locked} data-testid="voting-rule-edit">
            {t('governance.votes.changeRule')}
          </Button>
        </Group>
      </Group>
      {meeting.voting.voters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance.votes.noVoters')}
        </Text>
      ) : (
        <Stack gap="md">
          {items.map((item) => (
            <ItemVote key={item.id} meeting={meeting} item={item} />
          ))}
        </Stack>
      )}
      {editingRule && <RuleModal meeting={meeting} onClose={() => setEditingRule(false)} />}
    </Paper>
  );
}
