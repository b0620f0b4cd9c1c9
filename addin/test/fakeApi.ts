import type { FetchLike } from '../src/api/client';
import type { CriterionDto, PlanRequest, PlanResponse } from '../src/api/types';

// An in-memory fake of the OutlookWin API contract, for component tests only (the browser
// tests run against the real API). It keeps plans per X-Dev-User and answers like the API:
// ValidationProblemDetails with field paths, 409 on a stale version, 422 when no declaration applies.

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export class FakeOutlookWinApi {
  readonly requests: RecordedRequest[] = [];
  private readonly plans = new Map<string, { owner: string; plan: PlanResponse }>();
  private nextId = 1;
  private clock = Date.parse('2026-11-24T18:00:00Z');

  readonly fetch: FetchLike = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = new URL(input, 'http://fake.test').pathname;
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    this.requests.push({ method, path, headers, body });
    return this.handle(method, path, headers, body);
  };

  /** Seeds a plan for a user, as if created earlier. */
  seed(owner: string, request: PlanRequest): PlanResponse {
    const plan = this.build(request, undefined);
    this.plans.set(plan.id, { owner, plan });
    return plan;
  }

  private handle(method: string, path: string, headers: Record<string, string>, body: unknown): Response {
    const user = headers['x-dev-user'];
    if (!user) return json(401, { title: 'Unauthorized', status: 401 });
    const mine = [...this.plans.values()].filter((p) => p.owner === user).map((p) => p.plan);

    if (path === '/api/plans' && method === 'GET') {
      return json(200, [...mine].reverse());
    }
    if (path === '/api/plans' && method === 'POST') {
      const errors = this.validate(body as PlanRequest);
      if (errors) return json(400, { title: 'One or more validation errors occurred.', status: 400, errors });
      const plan = this.build(body as PlanRequest, undefined);
      this.plans.set(plan.id, { owner: user, plan });
      return json(201, plan, { Location: `/api/plans/${plan.id}` });
    }
    const match = /^\/api\/plans\/([^/]+)(\/declaration\/preview)?$/.exec(path);
    const entry = match ? this.plans.get(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!match || !entry || entry.owner !== user) {
      return json(404, { title: 'Not Found', status: 404, detail: 'No such plan.' });
    }
    if (match[2] && method === 'POST') {
      return this.preview(entry.plan);
    }
    if (method === 'GET') return json(200, entry.plan);
    if (method === 'DELETE') {
      this.plans.delete(entry.plan.id);
      return new Response(null, { status: 204 });
    }
    if (method === 'PUT') {
      const request = body as PlanRequest;
      const errors = this.validate(request);
      if (errors) return json(400, { title: 'One or more validation errors occurred.', status: 400, errors });
      if (request.version !== entry.plan.version) {
        return json(409, { title: 'Conflict', status: 409, detail: 'The plan was changed since you read it.' });
      }
      const plan = this.build(request, entry.plan);
      entry.plan = plan;
      return json(200, plan);
    }
    return json(405, { title: 'Method Not Allowed', status: 405 });
  }

  private validate(p: PlanRequest): Record<string, string[]> | null {
    const errors: Record<string, string[]> = {};
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) errors[path] = [...(errors[path] ?? []), message];
    };
    need(!!p.prospect, 'prospect', 'The prospect is required.');
    need(!!p.dealName, 'dealName', 'The deal name is required.');
    need(DATE.test(p.povStart ?? ''), 'povStart', 'Use a date like 2026-11-10.');
    need(DATE.test(p.povEnd ?? ''), 'povEnd', 'Use a date like 2026-11-24.');
    for (const [key, person] of [['accountExecutive', p.accountExecutive], ['leadEngineer', p.leadEngineer], ['economicBuyer', p.economicBuyer]] as const) {
      need(!!person?.name, `${key}.name`, 'The name is required.');
      need(EMAIL.test(person?.email ?? ''), `${key}.email`, 'Enter an email address.');
    }
    need(p.criteria.length > 0, 'criteria', 'Add at least one success criterion.');
    p.criteria.forEach((c: CriterionDto, i) => {
      need(!!c.title, `criteria[${i}].title`, 'The title is required.');
      need(c.target !== null && c.target !== undefined, `criteria[${i}].target`, 'The target is required.');
      if (c.status === 'blocked') {
        need(!!c.blocker?.description, `criteria[${i}].blocker.description`, 'Say what blocks it.');
        need(DATE.test(c.blocker?.fixDue ?? ''), `criteria[${i}].blocker.fixDue`, 'A blocked criterion needs the date its fix is due.');
      }
    });
    return Object.keys(errors).length > 0 ? errors : null;
  }

  private build(request: PlanRequest, previous: PlanResponse | undefined): PlanResponse {
    const now = new Date((this.clock += 1000)).toISOString();
    const { version: _ignored, ...fields } = request;
    return {
      ...fields,
      id: previous?.id ?? `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`,
      version: (previous?.version ?? 0) + 1,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      assessment: assess(request.criteria),
      warnings: request.criteria.flatMap((c, i) =>
        c.status === 'proven' && c.measured === null
          ? [{ field: `criteria[${i}].measured`, message: `Criterion ${i + 1} “${c.title}” is marked proven but has no measured value to quote.` }]
          : [],
      ),
    };
  }

  private preview(plan: PlanResponse): Response {
    const { variant, reasons } = plan.assessment;
    if (variant === null) {
      return json(422, { title: 'No declaration applies', status: 422, detail: 'The plan does not support a Technical Win declaration yet.', reasons });
    }
    const subject = `${variant === 'full' ? 'Technical Win' : 'Conditional Technical Win'}: ${plan.dealName}`;
    const figures = plan.criteria.map((c) => `${c.title}: ${String(c.measured)} against ${String(c.target)}`);
    return json(200, {
      variant,
      subject,
      html: `<p>Hi ${plan.leadEngineer.name},</p><ul>${figures.map((f) => `<li>${f}</li>`).join('')}</ul>`,
      text: figures.join('\n'),
      to: [{ name: plan.leadEngineer.name, email: plan.leadEngineer.email }],
      cc: [{ name: plan.accountExecutive.name, email: plan.accountExecutive.email }],
      warnings: [],
    });
  }
}

function assess(criteria: CriterionDto[]): { variant: 'full' | 'conditional' | null; reasons: string[] } {
  const reasons: string[] = [];
  criteria.forEach((c, i) => {
    if (!c.mandatory) return;
    if (c.status === 'pending') reasons.push(`Criterion ${i + 1} “${c.title}” is still pending: record its readout result first.`);
    if (c.status === 'not_proven') reasons.push(`Criterion ${i + 1} “${c.title}” was not proven, and nothing known will fix it: this is not a Technical Win yet.`);
  });
  if (reasons.length > 0) return { variant: null, reasons };
  const mandatory = criteria.filter((c) => c.mandatory);
  if (mandatory.length === 0) return { variant: null, reasons: ['The plan has no mandatory success criterion, so there is nothing to declare.'] };
  if (mandatory.every((c) => c.status === 'proven')) return { variant: 'full', reasons: [] };
  if (!criteria.some((c) => c.status === 'proven')) return { variant: null, reasons: ['No criterion is proven yet.'] };
  return { variant: 'conditional', reasons: [] };
}

/** The Contoso plan from the issue, as the API must accept it. */
export function contosoPlan(): PlanRequest {
  return {
    prospect: 'Contoso',
    dealName: 'Contoso observability POV',
    povStart: '2026-11-10',
    povEnd: '2026-11-24',
    readoutDate: '2026-11-24',
    accountExecutive: { name: 'Jordan Lee', email: 'jordan@fabrikam.example' },
    leadEngineer: { name: 'Dana Kim', email: 'dana@contoso.example' },
    economicBuyer: { name: 'Priya Shah', title: 'VP of Engineering', email: 'priya@contoso.example' },
    criteria: [
      { title: 'Reduce MTTR', metric: 'MTTR reduction', unit: 'percent', direction: 'higher_is_better', target: 40, measured: 43, status: 'proven', mandatory: true },
      { title: 'Page on-call fast', metric: 'time to page on-call', unit: 'seconds', direction: 'lower_is_better', target: 30, measured: 12, status: 'proven', mandatory: true },
      { title: 'Legacy syslog ingestion', metric: 'legacy format parsed', unit: 'boolean', target: true, measured: false, status: 'blocked', mandatory: true, blocker: { description: 'legacy parser patch', fixDue: '2026-12-10' } },
    ],
  };
}
