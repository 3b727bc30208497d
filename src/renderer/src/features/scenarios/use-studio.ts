import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StudioInputs } from '../../../../shared/api/channels/studio.channels';
import type { ApiError } from '../../../../shared/errors';
import type { ResolvedScenario, ScenarioFigures } from '../../../../shared/calc';
import { chargeRows, computeWith, definitionWithDraft, draftOf, parameterControls, resolveInputs, type ChargeRow, type ParameterControl, type StudioDraft } from './studio-model';

/** Names of the performance marks around one update (read by bench/ui.bench.ts). */
export const UPDATE_START = 'andel:studio:update:start';
/** Input → the layout effect after React committed the updated table and charts (all of them update in that one commit). */
export const UPDATE_MEASURE = 'andel:studio:update';
/** Input → after the next frame: the commit plus style, layout and paint of the updated view. */
export const UPDATE_FRAME = 'andel:studio:frame';

function asApiError(error: unknown): ApiError {
  if (typeof error === 'object' && error !== null && 'toApiError' in error && typeof (error as { toApiError: unknown }).toApiError === 'function') {
    return (error as { toApiError: () => ApiError }).toApiError();
  }
  return { code: 'INVALID_INPUT', message: error instanceof Error ? error.message : String(error) };
}

export interface Studio {
  draft: StudioDraft;
  controls: ParameterControl[];
  resolved: ResolvedScenario | null;
  baseline: ScenarioFigures | null;
  result: ScenarioFigures | null;
  rows: ChargeRow[];
  year: number;
  setYear: (year: number) => void;
  setParameter: (name: string, value: string) => void;
  updateDraft: (change: (draft: StudioDraft) => StudioDraft) => void;
  reset: () => void;
  dirty: boolean;
  error: ApiError | null;
}

/**
 * The studio's state: the stored scenario resolved once, the draft's structural what-ifs
 * (horizon, costs, growth, joins and leaves) resolved when they change, and the key parameters
 * applied per slider step — the cheap path that must fit in a frame for 400 members.
 */
export function useStudio(inputs: StudioInputs): Studio {
  const stored = useMemo(() => {
    try {
      const resolved = resolveInputs(inputs);
      return { resolved, result: computeWith(resolved, {}), error: null };
    } catch (error) {
      return { resolved: null, result: null, error: asApiError(error) };
    }
  }, [inputs]);

  const initialDraft = useMemo(() => draftOf(inputs.definition, stored.resolved?.keyDefinition ?? null), [inputs, stored.resolved]);
  // The studio is keyed by scenario, so another scenario starts from its own stored values.
  const [draft, setDraft] = useState<StudioDraft>(initialDraft);

  const structuralKey = JSON.stringify({ ...draft, parameters: null });
  const initialStructuralKey = JSON.stringify({ ...initialDraft, parameters: null });
  const variant = useMemo(() => {
    if (!stored.resolved) return { resolved: null, error: stored.error };
    if (structuralKey === initialStructuralKey) return { resolved: stored.resolved, error: null };
    try {
      return { resolved: resolveInputs(inputs, definitionWithDraft(inputs.definition, JSON.parse(structuralKey) as StudioDraft)), error: null };
    } catch (error) {
      return { resolved: null, error: asApiError(error) };
    }
  }, [inputs, stored, structuralKey, initialStructuralKey]);

  const parametersKey = JSON.stringify(draft.parameters);
  const result = useMemo(() => {
    if (!variant.resolved) return { value: null, error: variant.error };
    try {
      return { value: computeWith(variant.resolved, JSON.parse(parametersKey) as Record<string, string>), error: null };
    } catch (error) {
      return { value: null, error: asApiError(error) };
    }
  }, [variant, parametersKey]);

  const years = result.value?.years ?? stored.result?.years ?? [];
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years[0] ?? 0);

  const rows = useMemo(() => (result.value ? chargeRows(result.value, stored.result, year) : []), [result.value, stored.result, year]);
  const controls = useMemo(() => (stored.resolved ? parameterControls(stored.resolved.keyDefinition) : []), [stored.resolved]);

  const updateDraft = useCallback(
    (change: (draft: StudioDraft) => StudioDraft) => {
      performance.mark(UPDATE_START);
      setDraft(change);
    },
    [],
  );
  const setParameter = useCallback((name: string, value: string) => updateDraft((d) => ({ ...d, parameters: { ...d.parameters, [name]: value } })), [updateDraft]);
  const reset = useCallback(() => setDraft(initialDraft), [initialDraft]);

  // After the commit that shows a change: how long the update took, from the input to the DOM.
  const measured = useRef<ScenarioFigures | null>(null);
  useLayoutEffect(() => {
    if (result.value === measured.current) return;
    measured.current = result.value;
    const start = performance.getEntriesByName(UPDATE_START, 'mark').at(-1)?.startTime;
    if (start === undefined) return;
    performance.measure(UPDATE_MEASURE, { start });
    performance.clearMarks(UPDATE_START);
    // A task after the next animation frame runs once that frame's style, layout and paint are done.
    requestAnimationFrame(() => setTimeout(() => performance.measure(UPDATE_FRAME, { start }), 0));
  }, [result.value]);

  return {
    draft,
    controls,
    resolved: variant.resolved,
    baseline: stored.result,
    result: result.value,
    rows,
    year,
    setYear,
    setParameter,
    updateDraft,
    reset,
    dirty: JSON.stringify(draft) !== JSON.stringify(initialDraft),
    error: result.error,
  };
}
