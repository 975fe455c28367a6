import { Decimal } from '../core/decimal';
import { DEFAULT_THRESHOLDS, Thresholds } from '../core/deviations/figures';
import { Lang } from '../core/messages';
import { parseNumberText } from '../core/read/numbers';
import type { Reconciliation, ReconcileOptions } from '../core/reconcile';
import type { Progress } from '../reconcile';
import { Choices, NO_CHOICES } from './sheet-views';
import { WorkbookSession } from './session';

export type Step = Parameters<Progress>[0];
export type RunResult = Reconciliation & { written: string[] };

/** The flag limits as typed: text, so that what the user wrote stays until it can be read. */
export interface ThresholdInputs {
  amount: string;
  percent: string;
}

/** What the status line says; worded by the pane in its language. */
export type Status =
  { kind: 'step'; step: Exclude<Step, 'done'> } | { kind: 'ran'; written: string[]; kept: boolean } | { kind: 'saved'; sheet: string } | null;

/** The pane's whole state: the workbook, the run under way or its result, and the user's choices. */
export interface PaneState {
  session: WorkbookSession | null;
  /** The step of the run under way; null when none is. */
  step: Exclude<Step, 'done'> | null;
  saving: boolean;
  result: RunResult | null;
  status: Status;
  /** What went wrong, in the pane's language. */
  error: string | null;
  inputs: ThresholdInputs;
  /** The user typed a limit in this session: the run uses the typed limits, not the workbook's. */
  limitsTyped: boolean;
  choices: Choices;
}

export type PaneAction =
  | { type: 'opened'; session: WorkbookSession }
  | { type: 'openFailed'; error: string }
  | { type: 'progress'; step: Step }
  | { type: 'ran'; result: RunResult; kept: boolean; lang: Lang }
  | { type: 'failed'; error: string }
  | { type: 'typed'; inputs: ThresholdInputs }
  | { type: 'chose'; choices: Choices }
  | { type: 'saving' }
  | { type: 'saved'; sheet: string };

export function thresholdText(t: Thresholds, lang: Lang): ThresholdInputs {
  const text = (d: Decimal) => (lang === 'sv' ? d.toFixed().replace('.', ',') : d.toFixed());
  return { amount: text(t.amountKr), percent: text(t.percent) };
}

export function initialState(session: WorkbookSession | null, lang: Lang): PaneState {
  return {
    session,
    step: null,
    saving: false,
    result: null,
    status: null,
    error: null,
    inputs: thresholdText(DEFAULT_THRESHOLDS, lang),
    limitsTyped: false,
    choices: NO_CHOICES,
  };
}

/** The pane's one reducer: every change of the run state goes through here, so no part can go stale. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'opened':
      // Another workbook: nothing of the last one stays (its results, its choices).
      return { ...state, session: action.session, result: null, status: null, error: null, choices: NO_CHOICES, step: null };
    case 'openFailed':
      // A file that cannot be opened leaves no trace of the workbook before it, so nothing is mistaken for its results.
      return { ...state, session: null, result: null, status: null, error: action.error, choices: NO_CHOICES, step: null };
    case 'progress':
      return action.step === 'done' ? { ...state, step: null } : { ...state, step: action.step, status: { kind: 'step', step: action.step }, error: null };
    case 'ran':
      return {
        ...state,
        step: null,
        result: action.result,
        status: { kind: 'ran', written: action.result.written, kept: action.kept },
        // The limits the run used: the workbook's unless the user typed their own.
        inputs: state.limitsTyped ? state.inputs : thresholdText(action.result.settings.thresholds, action.lang),
      };
    case 'failed':
      return { ...state, step: null, saving: false, error: action.error };
    case 'typed':
      return { ...state, inputs: action.inputs, limitsTyped: true };
    case 'chose':
      return { ...state, choices: action.choices };
    case 'saving':
      return { ...state, saving: true, error: null };
    case 'saved':
      return { ...state, saving: false, status: { kind: 'saved', sheet: action.sheet } };
  }
}

/** A limit as typed, or null when it is no number ≥ 0 (`100 000`, `5 %`, `2,5` are numbers). */
export function parseLimit(text: string): Decimal | null {
  const p = parseNumberText(text.replace('%', '').trim());
  return p.kind === 'number' && !p.value.isNegative() ? p.value : null;
}

/** The run's options from the state: the typed limits only when the user typed them, and every choice. */
export function runOptions(state: PaneState, lang: Lang, today: string): ReconcileOptions | null {
  const amountKr = parseLimit(state.inputs.amount);
  const percent = parseLimit(state.inputs.percent);
  if (state.limitsTyped && (!amountKr || !percent)) return null;
  return {
    lang,
    today,
    ...(state.limitsTyped && amountKr && percent ? { thresholds: { amountKr, percent } } : {}),
    conventions: state.choices.conventions,
    mappings: state.choices.mappings,
  };
}
