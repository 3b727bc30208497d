/**
 * The key described in words for the cover: one sentence per component and per subsidy, and the
 * rounding, edge and pro-rata rules. The words live in src/shared/calc/describe-key.ts, so the
 * key builder's preview states the key exactly as the annex does.
 */
import type { NormalizedKey } from '../../../shared/calc';
import { componentWords as sharedComponentWords, rulesInWords as sharedRulesInWords, subsidyWords as sharedSubsidyWords } from '../../../shared/calc/describe-key';
import type { ExportLanguage } from '../export-language';
import type { Component, Subsidy } from './annex-input';
import type { AnnexLabels } from './annex-labels';

export interface WordsContext {
  readonly key: NormalizedKey;
  readonly currency: string;
  readonly language: ExportLanguage;
  readonly labels: AnnexLabels;
}

export function componentWords(ctx: WordsContext, component: Component): string {
  return sharedComponentWords(ctx, component);
}

export function subsidyWords(ctx: WordsContext, subsidy: Subsidy): string {
  return sharedSubsidyWords(ctx, subsidy);
}

/** Rounding, band edges and pro rata in words. */
export function rulesInWords(ctx: WordsContext): { rounding: string; edges: string | null; proRata: string } {
  return sharedRulesInWords(ctx);
}
