import { CRITERION_FIELD_PATHS, isBooleanUnit, PLAN_FIELD_PATHS, type FieldErrors, type PlanForm } from './planForm';

// The plan's rules as the API applies them (PlanReader), checked in the pane before saving so every problem shows
// at once, next to its field, in the words of the form. The API stays the judge: what it still refuses is worded
// the same way by plainErrors().

/** The API's length limits, which the form's inputs also enforce as you type. */
export const MAX_LENGTH = { text: 200, unit: 40, description: 500, email: 254 } as const;

/** The largest target or measured value the API accepts (a trillion). */
export const MAX_FIGURE = 1_000_000_000_000;

const EARLIEST_DATE = '2000-01-01';
const LATEST_DATE = '2099-12-31';

const TOP_LABELS: Record<string, string> = {
  prospect: 'Prospect',
  dealName: 'Deal name',
  povStart: 'POV start',
  povEnd: 'POV end',
  readoutDate: 'Readout date',
  accountExecutive: 'Account executive',
  'accountExecutive.name': 'Account executive name',
  'accountExecutive.email': 'Account executive email',
  leadEngineer: 'Lead engineer',
  'leadEngineer.name': 'Lead engineer name',
  'leadEngineer.email': 'Lead engineer email',
  economicBuyer: 'Economic buyer',
  'economicBuyer.name': 'Economic buyer name',
  'economicBuyer.title': 'Economic buyer title',
  'economicBuyer.email': 'Economic buyer email',
  salesEngineer: 'Sales engineer',
  'salesEngineer.name': 'Sales engineer name',
  'salesEngineer.email': 'Sales engineer email',
  criteria: 'Success criteria',
};

const CRITERION_LABELS: Record<string, string> = {
  '': '',
  title: 'title',
  metric: 'metric',
  unit: 'unit',
  direction: 'direction',
  target: 'target',
  measured: 'measured value',
  status: 'status',
  mandatory: 'mandatory',
  blocker: 'blocker',
  'blocker.description': 'blocker',
  'blocker.fixDue': 'fix due date',
};

/** The label a person sees for an API field path: `criteria[1].blocker.fixDue` → "Criterion 2 fix due date". */
export function labelForPath(path: string): string {
  const criterion = /^criteria\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (criterion) {
    const n = Number(criterion[1]) + 1;
    const rest = criterion[2] ?? '';
    const label = CRITERION_LABELS[rest] ?? rest;
    return label ? `Criterion ${n} ${label}` : `Criterion ${n}`;
  }
  return TOP_LABELS[path] ?? path;
}

/** API field names that can appear inside a message, in the words of the form. */
const WORDS: Record<string, string> = {
  povStart: 'POV start',
  povEnd: 'POV end',
  readoutDate: 'readout date',
  dealName: 'deal name',
  fixDue: 'fix due date',
};

/**
 * Rewords one of the API's messages for the field at `path`: the field it opens with becomes the form's label
 * ("dealName is required." → "Deal name is required"), other field names read as the form says them, and the
 * wire format of dates is left out (the date picker shows its own).
 */
export function plainMessage(path: string, message: string): string {
  const label = labelForPath(path);
  const last = path.slice(path.lastIndexOf('.') + 1).replace(/^criteria\[\d+\]$/, '');
  let text = message.trim();
  if (last && text.startsWith(`${last} `)) {
    text = `${label}${text.slice(last.length)}`;
  }
  for (const [word, plain] of Object.entries(WORDS)) {
    text = text.replace(new RegExp(`\\b${word}\\b`, 'g'), plain);
  }
  text = text.replace(/\s*\(YYYY-MM-DD\)/g, '').replace(/\.$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every message of an API validation answer, reworded for the form. */
export function plainErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    result[path] = messages.map((m) => plainMessage(path, m));
  }
  return result;
}

// One mailbox, no display name, a host name with a dot: what PlanReader.IsPlainAddress accepts, near enough.
const PLAIN_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

// Control characters (C0, DEL and C1), which the API refuses in any text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * What the API would refuse in the form, every field at once, keyed by API field path, in the form's words.
 * Empty when the plan can be saved.
 */
export function validatePlan(form: PlanForm): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => {
    (errors[path] ??= []).push(message);
  };
  const text = (path: string, value: string, max: number, required = true) => {
    const t = value.trim();
    const label = labelForPath(path);
    if (t === '') {
      if (required) add(path, `${label} is required`);
    } else if (t.length > max) add(path, `${label} must be at most ${max} characters`);
    else if (CONTROL.test(t)) add(path, `${label} must not contain control characters`);
  };
  const email = (path: string, value: string) => {
    const t = value.trim();
    const label = labelForPath(path);
    if (t === '') add(path, `${label} is required`);
    else if (t.length > MAX_LENGTH.email || !PLAIN_ADDRESS.test(t)) add(path, `${label} must be a plain email address such as dana@contoso.example`);
  };
  const date = (path: string, value: string, required: boolean): boolean => {
    const label = labelForPath(path);
    if (value === '') {
      if (required) add(path, `${label} is required`);
      return false;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < EARLIEST_DATE || value > LATEST_DATE) {
      add(path, `${label} must be between 1 January 2000 and 31 December 2099`);
      return false;
    }
    return true;
  };

  text(PLAN_FIELD_PATHS.prospect, form.prospect, MAX_LENGTH.text);
  text(PLAN_FIELD_PATHS.dealName, form.dealName, MAX_LENGTH.text);
  const start = date('povStart', form.povStart, true);
  const end = date('povEnd', form.povEnd, true);
  const readout = date('readoutDate', form.readoutDate, false);
  if (start && end && form.povEnd < form.povStart) add('povEnd', 'POV end must not be before POV start');
  if (start && readout && form.readoutDate < form.povStart) add('readoutDate', 'Readout date must not be before POV start');

  text(PLAN_FIELD_PATHS.aeName, form.aeName, MAX_LENGTH.text);
  email(PLAN_FIELD_PATHS.aeEmail, form.aeEmail);
  text(PLAN_FIELD_PATHS.leadName, form.leadName, MAX_LENGTH.text);
  email(PLAN_FIELD_PATHS.leadEmail, form.leadEmail);
  text(PLAN_FIELD_PATHS.buyerName, form.buyerName, MAX_LENGTH.text);
  text(PLAN_FIELD_PATHS.buyerTitle, form.buyerTitle, MAX_LENGTH.text, false);
  email(PLAN_FIELD_PATHS.buyerEmail, form.buyerEmail);

  if (form.criteria.length === 0) add('criteria', 'Add at least one success criterion');
  form.criteria.forEach((c, i) => {
    const path = (field: keyof typeof CRITERION_FIELD_PATHS) => `criteria[${i}].${CRITERION_FIELD_PATHS[field]}`;
    text(path('title'), c.title, MAX_LENGTH.text);
    text(path('metric'), c.metric, MAX_LENGTH.text);
    text(path('unit'), c.unit, MAX_LENGTH.unit);
    const boolean = isBooleanUnit(c.unit);
    const value = (field: 'target' | 'measured', raw: string, required: boolean) => {
      const t = raw.trim();
      const label = labelForPath(path(field));
      if (t === '') {
        if (required) add(path(field), boolean ? `Choose the ${field === 'target' ? 'target' : 'measured value'}: yes or no` : `${label} is required`);
        return;
      }
      if (boolean) {
        if (t !== 'true' && t !== 'false') add(path(field), 'Choose yes or no');
        return;
      }
      const n = Number(t.replace(',', '.'));
      if (!Number.isFinite(n)) add(path(field), 'Enter a number, e.g. 40 or 2.5');
      else if (Math.abs(n) > MAX_FIGURE) add(path(field), `${label} must be between -1,000,000,000,000 and 1,000,000,000,000`);
    };
    value('target', c.target, true);
    value('measured', c.measured, false);
    if (c.status === 'blocked') {
      text(path('blockerDescription'), c.blockerDescription, MAX_LENGTH.description);
      date(path('blockerFixDue'), c.blockerFixDue, true);
    }
  });
  return errors;
}
