import type { DeclarationDueDto, DeclarationPreview, DeclarationResponse, PlanResponse } from '../../api/types';
import type { InsertPlan } from '../../office/OutlookHost';
import type { NoticeMessage } from '../../shared/Notice';
import { emptyPlanForm, formFromPlan, type FieldErrors, type PlanForm } from './planForm';

// Draft Declaration as one state and its named transitions: the views and the async steps only
// dispatch, so what "opening a plan" or "editing" resets is written once, here.

/** The picker's value for a plan not saved yet. */
export const NEW_PLAN = '__new__';

export type FlowBusy = 'saving' | 'previewing' | 'inserting' | 'drafting' | 'sending';

/** Why the API drafts no declaration for the plan (a 422). */
export interface Refusal {
  title: string;
  detail: string | undefined;
  reasons: string[];
}

/** Why the plan was not saved: messages for fields the form does not show, or none (see the highlighted fields). */
export interface SaveProblem {
  title: string;
  messages: string[];
}

export interface FlowNotice extends NoticeMessage {
  /** Offers to open Track Replies on this declaration. */
  track?: string;
}

export interface DeclarationFlow {
  /** Null until the first list has arrived. */
  plans: PlanResponse[] | null;
  /** The picker's value: a plan id or NEW_PLAN. */
  selected: string;
  /** The open plan as last saved or read; null for a new one. */
  saved: PlanResponse | null;
  form: PlanForm;
  /** The form has changes the saved plan does not have. */
  dirty: boolean;
  errors: FieldErrors;
  /** Counts the saves refused for invalid fields: each one moves focus to the first of them. */
  refusals: number;
  problem: SaveProblem | null;
  /** Saved from another window since it was opened (a 409). */
  conflict: boolean;
  busy: FlowBusy | null;
  preview: DeclarationPreview | null;
  /** The declaration created from this preview, once the SE chose how it goes out. */
  created: DeclarationResponse | null;
  /** What inserting would change in the message being written, shown for the SE to confirm. */
  insertPlan: InsertPlan | null;
  refusal: Refusal | null;
  notice: FlowNotice | null;
}

export type FlowAction =
  | { type: 'plansLoaded'; plans: PlanResponse[] }
  | { type: 'opened'; plan: PlanResponse | null }
  | { type: 'edited'; form: PlanForm }
  /** A plan's zombie flag, where the pane shows it; `version` null for any version. */
  | { type: 'dueChanged'; id: string; version: number | null; due: DeclarationDueDto | null | undefined }
  | { type: 'saveStarted' }
  | { type: 'saved'; plan: PlanResponse }
  | { type: 'saveRefused'; errors: FieldErrors; problem: SaveProblem }
  | { type: 'saveConflicted' }
  | { type: 'saveFailed'; problem: SaveProblem }
  | { type: 'previewStarted' }
  | { type: 'previewed'; preview: DeclarationPreview }
  | { type: 'refused'; refusal: Refusal }
  /** Inserting, drafting or sending the declaration. */
  | { type: 'deliveryStarted'; busy: 'inserting' | 'drafting' | 'sending' }
  /** Worked out what inserting would change (or null: the SE cancelled, or it was done). */
  | { type: 'insertPlanned'; plan: InsertPlan | null }
  | { type: 'created'; declaration: DeclarationResponse }
  | { type: 'notified'; notice: FlowNotice | null }
  | { type: 'finished' };

export function initialFlow(): DeclarationFlow {
  return {
    plans: null,
    selected: NEW_PLAN,
    saved: null,
    form: emptyPlanForm(),
    dirty: false,
    errors: {},
    refusals: 0,
    problem: null,
    conflict: false,
    busy: null,
    preview: null,
    created: null,
    insertPlan: null,
    refusal: null,
    notice: null,
  };
}

/** What a preview led to; it no longer holds once the plan changes or another preview starts. */
const NO_OUTCOME = { preview: null, created: null, refusal: null, insertPlan: null } as const;

function open(state: DeclarationFlow, plan: PlanResponse | null): DeclarationFlow {
  return {
    ...state,
    ...NO_OUTCOME,
    saved: plan,
    selected: plan ? plan.id : NEW_PLAN,
    form: plan ? formFromPlan(plan) : emptyPlanForm(),
    dirty: false,
    errors: {},
    problem: null,
    conflict: false,
  };
}

export function reduceFlow(state: DeclarationFlow, action: FlowAction): DeclarationFlow {
  switch (action.type) {
    case 'plansLoaded': {
      const first = action.plans[0];
      const loaded = { ...state, plans: action.plans };
      // Only the first list opens a plan: a list read again (the client signed in anew, a reload) keeps what the SE
      // has open and any edits in it.
      if (state.plans !== null || state.dirty) return loaded;
      return first ? open(loaded, first) : loaded;
    }
    case 'opened':
      return open(state, action.plan);
    case 'edited':
      return {
        ...state,
        ...NO_OUTCOME,
        // Indices moved: errors keyed by criteria[i] would land on the wrong card.
        errors: action.form.criteria.length !== state.form.criteria.length ? {} : state.errors,
        form: action.form,
        dirty: true,
        notice: null,
      };
    case 'dueChanged': {
      const { id, version, due } = action;
      const apply = (p: PlanResponse): PlanResponse =>
        p.id === id && (version === null || p.version === version) ? { ...p, declarationDue: due ?? null } : p;
      return { ...state, saved: state.saved ? apply(state.saved) : null, plans: state.plans?.map(apply) ?? null };
    }
    case 'saveStarted':
      return { ...state, busy: 'saving', problem: null, conflict: false };
    case 'saved': {
      const plan = action.plan;
      return {
        ...state,
        saved: plan,
        selected: plan.id,
        plans: [plan, ...(state.plans ?? []).filter((p) => p.id !== plan.id)],
        errors: {},
        dirty: false,
      };
    }
    case 'saveRefused':
      return { ...state, errors: action.errors, problem: action.problem, refusals: state.refusals + 1 };
    case 'saveConflicted':
      return { ...state, conflict: true };
    case 'saveFailed':
      return { ...state, problem: action.problem };
    case 'previewStarted':
      return { ...state, ...NO_OUTCOME, busy: 'previewing', notice: null };
    case 'previewed':
      return { ...state, preview: action.preview };
    case 'refused':
      return { ...state, preview: null, refusal: action.refusal };
    case 'deliveryStarted':
      return { ...state, busy: action.busy, notice: null };
    case 'insertPlanned':
      return { ...state, insertPlan: action.plan };
    case 'created':
      return { ...state, created: action.declaration };
    case 'notified':
      return { ...state, notice: action.notice };
    case 'finished':
      return { ...state, busy: null };
  }
}
