import { Badge, Button, Group, Loader, Modal, SegmentedControl, Select, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { createContext, memo, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioInputs } from '../../../../shared/api/channels/studio.channels';
import { withParameters, type ResolvedScenario } from '../../../../shared/calc';
import { describeKey } from '../../../../shared/calc/describe-key';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Language } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { useHashRoute } from '../../router/use-hash-route';
import { AdoptExportPanel } from './AdoptExportPanel';
import { ComparePanel } from './ComparePanel';
import { DataWarnings } from './DataWarnings';
import { ExplainDrawer } from './ExplainDrawer';
import { KeyBuilderModal } from './key-builder/KeyBuilderModal';
import { NewScenarioDialog } from './NewScenarioDialog';
import { ParameterPanel } from './ParameterPanel';
import { ScenarioEditor } from './scenario-editor/ScenarioEditor';
import { StudioPanel } from './StudioPanel';
import { useCooperations } from '../cooperations/queries';
import { useSaveScenario, useScenarios, useStudioInputs } from './queries';
import { definitionWithDraft, type StudioDraft } from './studio-model';
import { useStudio, type Studio } from './use-studio';
import './studio.css';
import { ViewHeading } from '../../components/ViewHeading';

// The header wraps in a narrow window: the title and the two pickers share a line while they fit.
const HEADER_TITLE = { minWidth: 0, flex: '1 1 12rem' } as const;
const HEADER_PICKER = { flex: '1 1 13rem', minWidth: 0, maxWidth: 320 } as const;

/** The scenario studio: choose a cooperation and a scenario, change its assumptions, see who pays what. */
export function ScenariosView({ scenarioId }: { scenarioId: number | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const cooperations = useCooperations();
  const inputs = useStudioInputs(scenarioId ?? null);
  const current = scenarioId !== undefined && inputs.data?.scenarioId === scenarioId ? inputs.data : undefined;
  const [chosenCooperation, setChosenCooperation] = useState<number | null>(null);
  // Opened on a scenario, the cooperation is the scenario's: until its inputs arrive there is none
  // to guess (guessing the first one would list that cooperation's scenarios for nothing).
  const waitingForScenario = scenarioId !== undefined && current === undefined && inputs.status === 'loading';
  const cooperationId = current?.cooperationId ?? chosenCooperation ?? inputs.data?.cooperationId ?? (waitingForScenario ? null : cooperations.data?.[0]?.id) ?? null;
  const cooperation = cooperations.data?.find((c) => c.id === cooperationId);
  const [creating, setCreating] = useState(false);
  const [buildingKey, setBuildingKey] = useState(false);
  const [language] = useLanguage();
  const scenarios = useScenarios(cooperationId);
  const scenarioList = scenarios.data && scenarios.data.every((s) => s.cooperationId === cooperationId) ? scenarios.data : [];

  const pickCooperation = (value: string | null) => {
    setChosenCooperation(value === null ? null : Number(value));
    navigate({ name: 'scenarios' });
  };

  const header = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <ViewHeading style={HEADER_TITLE} title={t('studio.title')} subtitle={t('studio.subtitle')} truncate />
      <Select
        ml="auto"
        size="sm"
        style={HEADER_PICKER}
        label={t('studio.cooperation')}
        data={(cooperations.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={cooperationId === null ? null : String(cooperationId)}
        onChange={pickCooperation}
        allowDeselect={false}
        data-testid="studio-cooperation"
      />
      <Select
        size="sm"
        style={HEADER_PICKER}
        label={t('studio.scenario')}
        placeholder={t('studio.pickScenario')}
        data={scenarioList.map((s) => ({ value: String(s.id), label: s.name }))}
        value={scenarioId === undefined ? null : String(scenarioId)}
        onChange={(value) => value !== null && navigate({ name: 'scenarios', scenarioId: Number(value) })}
        allowDeselect={false}
        data-testid="studio-scenario"
      />
      <Button variant="default" size="sm" disabled={!cooperation} onClick={() => setBuildingKey(true)} style={{ flexShrink: 0 }} data-testid="studio-keys">
        {t('keyBuilder.open')}
      </Button>
      <Button variant="default" size="sm" disabled={!cooperation} onClick={() => setCreating(true)} style={{ flexShrink: 0 }} data-testid="studio-new">
        {t('studio.new.button')}
      </Button>
    </Group>
  );

  let body;
  if (cooperations.status === 'error') body = <ErrorNotice error={cooperations.error} onRetry={cooperations.refetch} />;
  else if (scenarioId === undefined) {
    body =
      scenarios.status === 'error' ? (
        <ErrorNotice error={scenarios.error} onRetry={scenarios.refetch} />
      ) : (
        <EmptyState
          title={scenarioList.length === 0 && scenarios.status === 'success' ? t('studio.noScenariosTitle') : t('studio.pickTitle')}
          action={
            scenarioList.length > 0 ? (
              <Group gap="xs">
                {scenarioList.map((s) => (
                  <Button key={s.id} variant="default" size="xs" onClick={() => navigate({ name: 'scenarios', scenarioId: s.id })}>
                    {s.name}
                  </Button>
                ))}
              </Group>
            ) : scenarios.status === 'success' && cooperation ? (
              <Button mt="xs" onClick={() => setCreating(true)} data-testid="studio-new-empty">
                {t('studio.new.button')}
              </Button>
            ) : undefined
          }
        >
          {scenarioList.length === 0 && scenarios.status === 'success' ? t('studio.noScenariosBody') : t('studio.pickBody')}
        </EmptyState>
      );
  } else if (inputs.status === 'error' && !current) body = <ErrorNotice error={inputs.error} onRetry={inputs.refetch} />;
  else if (!current) {
    body = (
      <Group gap="xs" p="lg" c="dimmed">
        <Loader size="sm" />
        <Text size="sm">{t('studio.loading')}</Text>
      </Group>
    );
  } else body = <Workbench key={current.scenarioId} inputs={current} scenarios={scenarioList} />;

  return (
    <Stack gap="sm" className="view studio-view">
      {header}
      {body}
      {creating && cooperation && (
        <NewScenarioDialog
          cooperationId={cooperation.id}
          currency={cooperation.currency}
          language={language}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate({ name: 'scenarios', scenarioId: id });
          }}
        />
      )}
      {buildingKey && cooperation && <KeyBuilderModal cooperationId={cooperation.id} language={language} onClose={() => setBuildingKey(false)} onSaved={() => setBuildingKey(false)} />}
    </Stack>
  );
}

function Workbench({ inputs, scenarios }: { inputs: StudioInputs; scenarios: Parameters<typeof ComparePanel>[0]['scenarios'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [, navigate] = useHashRoute();
  const studio = useStudio(inputs);
  const [explain, setExplain] = useState<string | null>(null);
  const closeExplain = useCallback(() => setExplain(null), []);
  const [saving, setSaving] = useState(false);
  const closeSave = useCallback(() => setSaving(false), []);
  const onSaved = useCallback(
    (scenarioId: number) => {
      setSaving(false);
      navigate({ name: 'scenarios', scenarioId });
    },
    [navigate],
  );
  const years = studio.result?.years ?? studio.baseline?.years ?? [];

  return (
    <div className="studio-layout">
      <aside className="studio-side">
        <Stack gap="xs" mb="sm">
          <Group gap={6}>
            <Badge variant="light">{studio.resolved?.currency ?? ''}</Badge>
            <Badge variant="light" color="gray">
              {studio.resolved?.keyDefinition.family === 'allocation' ? t('studio.family.allocation') : t('studio.family.feeSchedule')}
            </Badge>
            {studio.dirty && (
              <Badge color="orange" variant="light" data-testid="studio-dirty">
                {t('studio.unsaved')}
              </Badge>
            )}
          </Group>
          <KeyInUse resolved={studio.resolved} parameters={studio.draft.parameters} language={language} />
        </Stack>
        <DataWarnings warnings={inputs.warnings} />
        <ParameterPanel controls={studio.controls} draft={studio.draft} members={inputs.members} language={language} setParameter={studio.setParameter} updateDraft={studio.updateDraft} />
        <Group gap="xs" mt="md">
          <Button size="xs" variant="default" disabled={!studio.dirty} onClick={studio.reset} data-testid="studio-reset">
            {t('studio.reset')}
          </Button>
          <Button
            size="xs"
            disabled={!studio.dirty || studio.error !== null}
            onClick={() => setSaving(true)}
            data-testid="studio-save"
          >
            {t('studio.save')}
          </Button>
        </Group>
      </aside>
      <section className="studio-main">
        <StudioContext.Provider value={studio}>
          <StudioTabs
            inputs={inputs}
            scenarios={scenarios}
            language={language}
            yearsKey={years.join(',')}
            year={studio.year}
            setYear={studio.setYear}
            baseline={studio.baseline}
            dirty={studio.dirty}
            error={studio.error}
            onExplain={setExplain}
          />
        </StudioContext.Provider>
      </section>
      {/* Closed, the drawer does not follow the slider; open, it explains exactly what the studio shows. */}
      <ExplainDrawer resolved={studio.resolved} parameters={explain === null ? NO_PARAMETERS : studio.draft.parameters} memberId={explain} year={studio.year} language={language} onClose={closeExplain} />
      <SaveDialog opened={saving} inputs={inputs} draft={saving ? studio.draft : null} onClose={closeSave} onSaved={onSaved} />
    </div>
  );
}

const NO_PARAMETERS: Record<string, string> = {};

/**
 * The key in words with the parameter values shown now (the stored name, which may quote other
 * values, is the tooltip): "30 % av kostnaden delas lika …" while the slider stands at 30 %.
 */
function KeyInUse({ resolved, parameters, language }: { resolved: ResolvedScenario | null; parameters: Record<string, string>; language: Language }) {
  const { t } = useTranslation();
  const parametersKey = JSON.stringify(parameters);
  const text = useMemo(() => {
    if (!resolved) return '';
    try {
      const key = withParameters(resolved, JSON.parse(parametersKey) as Record<string, string>).key;
      return describeKey(key, resolved.currency, language)
        .components.map((c) => c.text)
        .join('; ');
    } catch {
      // Parameters the key refuses (the studio shows that error); the stored name stands in.
      return resolved.keyDefinition.name;
    }
  }, [resolved, parametersKey, language]);
  const name = resolved ? `${resolved.keyDefinition.name} (v${resolved.keyDefinition.version})` : undefined;
  return (
    <Text size="xs" c="dimmed" lineClamp={5} title={name} data-testid="studio-key">
      {t('studio.key', { name: text })}
    </Text>
  );
}

/** "Save as new version": a name, then the draft stored as a scenario based on this one. Drawn only when opened or closed. */
const SaveDialog = memo(function SaveDialog({
  opened,
  inputs,
  draft,
  onClose,
  onSaved,
}: {
  opened: boolean;
  inputs: StudioInputs;
  draft: StudioDraft | null;
  onClose: () => void;
  onSaved: (scenarioId: number) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setName(t('studio.saveName', { name: inputs.name }));
  }
  const save = useSaveScenario();

  async function onSave() {
    if (!draft) return;
    const definition = definitionWithDraft(inputs.definition, draft, true);
    const saved = await save.run({
      cooperationId: inputs.cooperationId,
      name: name.trim(),
      baselineScenarioId: inputs.scenarioId,
      definition: { ...definition, name: name.trim(), id: `${String(definition.id)}-${Date.now().toString(36)}` },
    });
    if (saved) onSaved(saved.id);
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('studio.saveTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('studio.saveBody')}
        </Text>
        <TextInput label={t('studio.saveNameLabel')} value={name} onChange={(event) => setName(event.currentTarget.value)} data-testid="save-name" />
        {save.error && <ErrorNotice error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('studio.cancel')}
          </Button>
          <Button disabled={name.trim() === ''} loading={save.pending} onClick={() => void onSave()} data-testid="save-confirm">
            {t('studio.saveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
});

/** The studio's state for the results panel, which reads it here so the tabs around it stay as they are on a slider step. */
const StudioContext = createContext<Studio | null>(null);

function StudioResults({ language, onExplain }: { language: Language; onExplain: (memberId: string) => void }) {
  const studio = useContext(StudioContext);
  return studio ? <StudioPanel studio={studio} language={language} onExplain={onExplain} /> : null;
}

/**
 * The tabs, the year and the three panels. Memoised on what they show: a slider step changes
 * none of these props, so only the results panel (a context reader) is drawn again.
 */
const StudioTabs = memo(function StudioTabs({
  inputs,
  scenarios,
  language,
  yearsKey,
  year,
  setYear,
  baseline,
  dirty,
  error,
  onExplain,
}: {
  inputs: StudioInputs;
  scenarios: Parameters<typeof ComparePanel>[0]['scenarios'];
  language: Language;
  yearsKey: string;
  year: number;
  setYear: (year: number) => void;
  baseline: Studio['baseline'];
  dirty: boolean;
  error: Studio['error'];
  onExplain: (memberId: string) => void;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('studio');
  const years = yearsKey === '' ? [] : yearsKey.split(',');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Group justify="space-between" wrap="wrap" className="studio-tabs">
        <Tabs.List>
          <Tabs.Tab value="studio" data-testid="tab-studio">
            {t('studio.tabs.studio')}
          </Tabs.Tab>
          <Tabs.Tab value="editor" data-testid="tab-editor">
            {t('scenarioEditor.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="compare" data-testid="tab-compare">
            {t('studio.tabs.compare')}
          </Tabs.Tab>
          <Tabs.Tab value="adopt" data-testid="tab-adopt">
            {t('studio.tabs.adopt')}
          </Tabs.Tab>
        </Tabs.List>
        {years.length > 1 && tab !== 'editor' && (
          <div className="h-scroll">
            <SegmentedControl size="xs" value={String(year)} onChange={(value) => setYear(Number(value))} data={years} data-testid="studio-year" />
          </div>
        )}
      </Group>
      {error && <ErrorNotice error={error} />}
      <Tabs.Panel value="studio" pt="sm">
        <StudioResults language={language} onExplain={onExplain} />
      </Tabs.Panel>
      <Tabs.Panel value="editor" pt="sm">
        <ScenarioEditor inputs={inputs} language={language} />
      </Tabs.Panel>
      <Tabs.Panel value="compare" pt="sm">
        {baseline && <ComparePanel current={inputs} currentResult={baseline} scenarios={scenarios} year={year} language={language} />}
      </Tabs.Panel>
      <Tabs.Panel value="adopt" pt="sm">
        <AdoptExportPanel scenarioId={inputs.scenarioId} cooperationId={inputs.cooperationId} language={language} dirty={dirty} />
      </Tabs.Panel>
    </Tabs>
  );
});
