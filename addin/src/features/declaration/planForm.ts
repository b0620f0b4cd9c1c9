import type { CriterionDto, CriterionStatus, MetricDirection, PlanRequest, PlanResponse } from '../../api/types';

// The editor keeps every field as the text the SE typed; conversion to the wire shape happens
// once, on save, so a half-typed number never turns into a silent zero.

export interface CriterionForm {
  /** Stable key for React lists (criteria can be removed from the middle). */
  key: string;
  title: string;
  metric: string;
  unit: string;
  direction: MetricDirection;
  target: string;
  measured: string;
  status: CriterionStatus;
  mandatory: boolean;
  blockerDescription: string;
  blockerFixDue: string;
}

export interface PlanForm {
  prospect: string;
  dealName: string;
  povStart: string;
  povEnd: string;
  readoutDate: string;
  aeName: string;
  aeEmail: string;
  leadName: string;
  leadEmail: string;
  buyerName: string;
  buyerTitle: string;
  buyerEmail: string;
  /** Signs the emails; empty: the signed-in user's display name does. */
  seName: string;
  seEmail: string;
  criteria: CriterionForm[];
}

export type FieldErrors = Record<string, string[]>;

/** A React list key; random is enough, it only needs to differ between rows of one plan. */
export const newKey = (): string => `c${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`;

export function emptyCriterion(): CriterionForm {
  return {
    key: newKey(),
    title: '',
    metric: '',
    unit: 'percent',
    direction: 'higher_is_better',
    target: '',
    measured: '',
    status: 'pending',
    mandatory: true,
    blockerDescription: '',
    blockerFixDue: '',
  };
}

export function emptyPlanForm(): PlanForm {
  return {
    prospect: '',
    dealName: '',
    povStart: '',
    povEnd: '',
    readoutDate: '',
    aeName: '',
    aeEmail: '',
    leadName: '',
    leadEmail: '',
    buyerName: '',
    buyerTitle: '',
    buyerEmail: '',
    seName: '',
    seEmail: '',
    criteria: [emptyCriterion()],
  };
}

const valueText = (value: number | boolean | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

export function formFromPlan(plan: PlanResponse): PlanForm {
  return {
    prospect: plan.prospect,
    dealName: plan.dealName,
    povStart: plan.povStart,
    povEnd: plan.povEnd,
    readoutDate: plan.readoutDate ?? '',
    aeName: plan.accountExecutive.name,
    aeEmail: plan.accountExecutive.email,
    leadName: plan.leadEngineer.name,
    leadEmail: plan.leadEngineer.email,
    buyerName: plan.economicBuyer.name,
    buyerTitle: plan.economicBuyer.title,
    buyerEmail: plan.economicBuyer.email,
    seName: plan.salesEngineer?.name ?? '',
    seEmail: plan.salesEngineer?.email ?? '',
    criteria: plan.criteria.map((c) => ({
      key: newKey(),
      title: c.title,
      metric: c.metric,
      unit: c.unit,
      direction: c.direction ?? 'higher_is_better',
      target: valueText(c.target),
      measured: valueText(c.measured),
      status: c.status,
      mandatory: c.mandatory,
      blockerDescription: c.blocker?.description ?? '',
      blockerFixDue: c.blocker?.fixDue ?? '',
    })),
  };
}

const isBooleanUnit = (unit: string): boolean => unit.trim().toLowerCase() === 'boolean';
export { isBooleanUnit };

function parseValue(text: string, unit: string): number | boolean | null | 'invalid' {
  const t = text.trim();
  if (t === '') {
    return null;
  }
  if (isBooleanUnit(unit)) {
    if (t === 'true') return true;
    if (t === 'false') return false;
    return 'invalid';
  }
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : 'invalid';
}

/**
 * An empty date goes out as null: the API then reports it as missing, together with every other
 * field, instead of refusing the whole body as unreadable.
 */
const dateOrNull = (value: string): string => (value === '' ? (null as unknown as string) : value);

export type ToRequestResult = { ok: true; request: PlanRequest } | { ok: false; errors: FieldErrors };

/**
 * Converts the form to a PlanRequest. Only checks what the wire format itself cannot carry
 * (a target that is not a number); every business rule is the API's to judge.
 */
export function toPlanRequest(form: PlanForm, version?: number): ToRequestResult {
  const errors: FieldErrors = {};
  const criteria: CriterionDto[] = form.criteria.map((c, i) => {
    const target = parseValue(c.target, c.unit);
    const measured = parseValue(c.measured, c.unit);
    const expect = isBooleanUnit(c.unit) ? 'Choose yes or no.' : 'Enter a number, e.g. 40 or 2.5.';
    if (target === 'invalid') errors[`criteria[${i}].target`] = [expect];
    if (measured === 'invalid') errors[`criteria[${i}].measured`] = [expect];
    const dto: CriterionDto = {
      title: c.title.trim(),
      metric: c.metric.trim(),
      unit: c.unit.trim(),
      // A missing target is sent as null so the API names the field in its answer.
      target: (target === 'invalid' ? null : target) as number | boolean,
      measured: measured === 'invalid' ? null : measured,
      status: c.status,
      mandatory: c.mandatory,
    };
    // Yes/no criteria have no direction, as in the MSP the API documents.
    if (!isBooleanUnit(c.unit)) {
      dto.direction = c.direction;
    }
    // A blocker only means something for a blocked criterion; the API checks its fields.
    if (c.status === 'blocked') {
      dto.blocker = { description: c.blockerDescription.trim(), fixDue: dateOrNull(c.blockerFixDue) };
    }
    return dto;
  });
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const request: PlanRequest = {
    prospect: form.prospect.trim(),
    dealName: form.dealName.trim(),
    povStart: dateOrNull(form.povStart),
    povEnd: dateOrNull(form.povEnd),
    readoutDate: form.readoutDate === '' ? null : form.readoutDate,
    accountExecutive: { name: form.aeName.trim(), email: form.aeEmail.trim() },
    leadEngineer: { name: form.leadName.trim(), email: form.leadEmail.trim() },
    economicBuyer: { name: form.buyerName.trim(), title: form.buyerTitle.trim(), email: form.buyerEmail.trim() },
    criteria,
  };
  // Optional: left empty, the signed-in user signs; half filled, the API names the missing half.
  if (form.seName.trim() !== '' || form.seEmail.trim() !== '') {
    request.salesEngineer = { name: form.seName.trim(), email: form.seEmail.trim() };
  }
  if (version !== undefined) {
    request.version = version;
  }
  return { ok: true, request };
}

/** Top-level form fields and the API field path each one answers to. */
export const PLAN_FIELD_PATHS: Record<Exclude<keyof PlanForm, 'criteria'>, string> = {
  prospect: 'prospect',
  dealName: 'dealName',
  povStart: 'povStart',
  povEnd: 'povEnd',
  readoutDate: 'readoutDate',
  aeName: 'accountExecutive.name',
  aeEmail: 'accountExecutive.email',
  leadName: 'leadEngineer.name',
  leadEmail: 'leadEngineer.email',
  buyerName: 'economicBuyer.name',
  buyerTitle: 'economicBuyer.title',
  buyerEmail: 'economicBuyer.email',
  seName: 'salesEngineer.name',
  seEmail: 'salesEngineer.email',
};

export const CRITERION_FIELD_PATHS: Record<Exclude<keyof CriterionForm, 'key'>, string> = {
  title: 'title',
  metric: 'metric',
  unit: 'unit',
  direction: 'direction',
  target: 'target',
  measured: 'measured',
  status: 'status',
  mandatory: 'mandatory',
  blockerDescription: 'blocker.description',
  blockerFixDue: 'blocker.fixDue',
};

/** Every path the editor can show next to a field; the rest go in a summary. */
export function knownPaths(form: PlanForm): Set<string> {
  const paths = new Set<string>(Object.values(PLAN_FIELD_PATHS));
  form.criteria.forEach((_, i) => {
    for (const p of Object.values(CRITERION_FIELD_PATHS)) paths.add(`criteria[${i}].${p}`);
    paths.add(`criteria[${i}].blocker`);
  });
  return paths;
}
