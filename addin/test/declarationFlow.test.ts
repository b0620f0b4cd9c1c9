import { describe, expect, it } from 'vitest';
import type { PlanResponse } from '../src/api/types';
import { initialFlow, NEW_PLAN, reduceFlow, type DeclarationFlow, type FlowAction } from '../src/features/declaration/declarationFlow';
import { emptyCriterion, formFromPlan } from '../src/features/declaration/planForm';
import { contosoPlan, sampleDeclaration } from './fakeApi';

const plan = (id: string, version = 1): PlanResponse => ({
  ...contosoPlan(),
  id,
  version,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  assessment: { variant: 'full', reasons: [] },
  warnings: [],
  declarationDue: null,
});

const run = (...actions: FlowAction[]): DeclarationFlow => actions.reduce(reduceFlow, initialFlow());

/** A flow with a preview shown, a declaration created, a refusal, a problem and a notice: everything a reset may clear. */
const busyFlow = (): DeclarationFlow => ({
  ...run({ type: 'plansLoaded', plans: [plan('p1'), plan('p2')] }),
  dirty: true,
  errors: { prospect: ['Required'] },
  problem: { title: 'Some values need fixing', messages: [] },
  conflict: true,
  preview: { variant: 'full', subject: 'S', html: '<p>x</p>', text: 'x', to: [], cc: [], warnings: [] },
  created: sampleDeclaration('d1'),
  refusal: { title: 'No', detail: undefined, reasons: [] },
  notice: { intent: 'success', title: 'Plan saved' },
});

describe('declaration flow', () => {
  it('keeps the open plan and its edits when the list is read again', () => {
    const loaded = run({ type: 'plansLoaded', plans: [plan('p1'), plan('p2')] }, { type: 'opened', plan: plan('p2') });
    const edited = reduceFlow(loaded, { type: 'edited', form: { ...loaded.form, dealName: 'Edited' } });
    const again = reduceFlow(edited, { type: 'plansLoaded', plans: [plan('p1'), plan('p2'), plan('p3')] });
    expect(again.selected).toBe('p2');
    expect(again.form.dealName).toBe('Edited');
    expect(again.dirty).toBe(true);
    expect(again.plans).toHaveLength(3);
  });

  it('opens the newest plan once the list arrives, and stays on a new plan when there is none', () => {
    const loaded = run({ type: 'plansLoaded', plans: [plan('p1'), plan('p2')] });
    expect(loaded.selected).toBe('p1');
    expect(loaded.saved?.id).toBe('p1');
    expect(loaded.form.prospect).toBe(contosoPlan().prospect);

    const empty = run({ type: 'plansLoaded', plans: [] });
    expect(empty).toMatchObject({ plans: [], selected: NEW_PLAN, saved: null, dirty: false });
  });

  it('opening a plan resets the form and what the last preview led to, but keeps the last notice', () => {
    const opened = reduceFlow(busyFlow(), { type: 'opened', plan: plan('p2') });
    expect(opened).toMatchObject({
      selected: 'p2',
      dirty: false,
      errors: {},
      problem: null,
      conflict: false,
      preview: null,
      created: null,
      refusal: null,
      notice: { title: 'Plan saved' },
    });
    expect(reduceFlow(busyFlow(), { type: 'opened', plan: null })).toMatchObject({ selected: NEW_PLAN, saved: null });
  });

  it('an edit clears the outcome and the notice, and the field errors only when criteria moved', () => {
    const start = busyFlow();
    const same = reduceFlow(start, { type: 'edited', form: { ...start.form, prospect: 'Contoso Ltd' } });
    expect(same).toMatchObject({ dirty: true, preview: null, created: null, refusal: null, notice: null, errors: start.errors });

    const added = reduceFlow(start, { type: 'edited', form: { ...start.form, criteria: [...start.form.criteria, emptyCriterion()] } });
    expect(added.errors).toEqual({});
  });

  it('a saved plan goes first in the picker, once', () => {
    const saved = reduceFlow(busyFlow(), { type: 'saved', plan: plan('p2', 2) });
    expect(saved.plans?.map((p) => [p.id, p.version])).toEqual([
      ['p2', 2],
      ['p1', 1],
    ]);
    expect(saved).toMatchObject({ selected: 'p2', dirty: false, errors: {} });
  });

  it('sets the zombie flag only on the version it was read for, unless any version is meant', () => {
    const due = { due: '2026-11-20', businessDaysLate: 4, message: 'Declare it' };
    const start = run({ type: 'plansLoaded', plans: [plan('p1', 2)] });
    expect(reduceFlow(start, { type: 'dueChanged', id: 'p1', version: 1, due }).saved?.declarationDue).toBeNull();
    const flagged = reduceFlow(start, { type: 'dueChanged', id: 'p1', version: 2, due });
    expect(flagged.saved?.declarationDue).toEqual(due);
    expect(flagged.plans?.[0]?.declarationDue).toEqual(due);
    expect(reduceFlow(flagged, { type: 'dueChanged', id: 'p1', version: null, due: null }).saved?.declarationDue).toBeNull();
  });

  it('a preview starts from a clean outcome, and a refusal replaces the preview', () => {
    const started = reduceFlow(busyFlow(), { type: 'previewStarted' });
    expect(started).toMatchObject({ busy: 'previewing', preview: null, created: null, refusal: null, notice: null, problem: busyFlow().problem });
    const refused = reduceFlow(busyFlow(), { type: 'refused', refusal: { title: 'No declaration applies', detail: undefined, reasons: ['r'] } });
    expect(refused.preview).toBeNull();
    expect(refused.refusal?.reasons).toEqual(['r']);
    expect(reduceFlow(started, { type: 'finished' }).busy).toBeNull();
  });

  it('keeps the form as the SE typed it when a plan is opened again from the API', () => {
    const p = plan('p1');
    expect(reduceFlow(initialFlow(), { type: 'opened', plan: p }).form.criteria.map((c) => c.title)).toEqual(
      formFromPlan(p).criteria.map((c) => c.title),
    );
  });
});
