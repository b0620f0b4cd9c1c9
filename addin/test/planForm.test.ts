import { describe, expect, it } from 'vitest';
import { emptyCriterion, emptyPlanForm, formFromPlan, toPlanRequest } from '../src/features/declaration/planForm';
import type { PlanResponse } from '../src/api/types';
import { contosoPlan } from './fakeApi';

const response = (): PlanResponse => ({
  ...contosoPlan(),
  id: 'p1',
  version: 3,
  createdAt: '2026-11-24T18:00:00Z',
  updatedAt: '2026-11-24T18:00:00Z',
  assessment: { variant: 'conditional', reasons: [] },
  warnings: [],
});

describe('plan form', () => {
  it('round-trips the Contoso plan into the request the API documents', () => {
    const result = toPlanRequest(formFromPlan(response()), 3);
    expect(result).toEqual({ ok: true, request: { ...contosoPlan(), version: 3 } });
  });

  it('sends empty dates as null so the API reports them with every other missing field', () => {
    const form = emptyPlanForm();
    const c = form.criteria[0]!;
    c.status = 'blocked';
    c.target = '40';
    const result = toPlanRequest(form);
    if (!result.ok) throw new Error('expected a request');
    expect(result.request.povStart).toBeNull();
    expect(result.request.povEnd).toBeNull();
    expect(result.request.readoutDate).toBeNull();
    expect(result.request.criteria[0]?.blocker).toEqual({ description: '', fixDue: null });
    expect(result.request.version).toBeUndefined();
  });

  it('drops a blocker the SE typed for a criterion that is no longer blocked', () => {
    const form = emptyPlanForm();
    form.criteria[0] = { ...emptyCriterion(), target: '1', status: 'proven', blockerDescription: 'old', blockerFixDue: '2026-12-01' };
    const result = toPlanRequest(form);
    expect(result.ok && result.request.criteria[0]?.blocker).toBeUndefined();
  });

  it('reads decimal commas, keeps an empty measured value as null, and names fields it cannot read', () => {
    const form = emptyPlanForm();
    form.criteria = [
      { ...emptyCriterion(), target: '2,5', measured: '' },
      { ...emptyCriterion(), target: 'lots', measured: '3x' },
    ];
    const result = toPlanRequest(form);
    expect(result).toEqual({
      ok: false,
      errors: {
        'criteria[1].target': ['Enter a number, e.g. 40 or 2.5.'],
        'criteria[1].measured': ['Enter a number, e.g. 40 or 2.5.'],
      },
    });
    form.criteria = [{ ...emptyCriterion(), target: '2,5', measured: '' }];
    const ok = toPlanRequest(form);
    expect(ok.ok && ok.request.criteria[0]).toMatchObject({ target: 2.5, measured: null, direction: 'higher_is_better' });
  });

  it('gives yes/no criteria boolean values and no direction', () => {
    const form = emptyPlanForm();
    form.criteria = [{ ...emptyCriterion(), unit: 'boolean', target: 'true', measured: 'false' }];
    const result = toPlanRequest(form);
    if (!result.ok) throw new Error('expected a request');
    expect(result.request.criteria[0]).toMatchObject({ target: true, measured: false });
    expect(result.request.criteria[0]).not.toHaveProperty('direction');
  });
});
