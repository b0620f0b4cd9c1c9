import type { FetchLike } from '../src/api/client';
import type {
  CriterionDto,
  DeclarationResponse,
  EvidenceLinkDto,
  TrackingStatus,
  EvidenceVerification,
  FollowUpDraft,
  ForwardRecordDto,
  PersonDto,
  PlanRequest,
  PlanResponse,
} from '../src/api/types';

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
  private readonly declarations = new Map<string, { owner: string; declaration: DeclarationResponse }>();
  /** The compose item id recorded for each Outlook-delivery declaration (PUT …/compose-item). */
  readonly composeItems = new Map<string, string>();
  /** Answers for the next list requests (one each), e.g. to make a poll fail or hang. */
  readonly listOverrides: (() => Promise<Response>)[] = [];
  private nextId = 1;
  /** The display name the request signed in with (X-Dev-Name), if any. */
  private signer: string | undefined;
  /** The query of the request being answered. */
  private query = new URLSearchParams();
  private clock = Date.parse('2026-11-24T18:00:00Z');
  /** Forwards made, per declaration. */
  readonly forwards = new Map<string, ForwardRecordDto[]>();
  /** The audit log, per declaration (seeded by tests; forwards, overrides and follow-ups add to it). */
  readonly evidence = new Map<string, EvidenceLinkDto[]>();
  /** What verify answers, per declaration (valid by default). */
  readonly verifications = new Map<string, EvidenceVerification>();
  /** What GET /api/tracking answers. */
  trackingStatus: TrackingStatus = { watching: true, liveNotifications: true, problem: null };
  /** The zombie flag to put on a plan when it is read (only reads carry it, as in the API). */
  readonly declarationDue = new Map<string, PlanResponse['declarationDue']>();

  /** The open event streams (GET /api/declarations/events), oldest first. */
  readonly eventStreams: FakeEventStream[] = [];
  /** Answers for the next event stream requests (one each), e.g. to refuse one. */
  readonly eventStreamOverrides: (() => Promise<Response>)[] = [];

  readonly fetch: FetchLike = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = new URL(input, 'http://fake.test');
    const path = url.pathname;
    this.query = url.searchParams;
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    this.requests.push({ method, path, headers, body });
    if (path === '/api/declarations/events' && method === 'GET') {
      return this.openEvents(headers['x-dev-user'], init?.signal ?? undefined);
    }
    if (path === '/api/session' && method === 'POST') {
      // The pane starts its mailbox session on load; the mailbox knows the user by the signed-in address.
      return new Response(JSON.stringify({ address: headers['x-dev-user'] ?? '' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    return this.handle(method, path, headers, body);
  };

  /** Tells the owner's open streams that a declaration was saved, as the API does after each save. */
  pushChange(id: string): void {
    const entry = this.declarations.get(id);
    if (!entry) throw new Error(`no declaration ${id}`);
    for (const stream of this.eventStreams.filter((s) => s.owner === entry.owner)) {
      stream.send(`event: declaration\ndata: ${JSON.stringify({ id, version: entry.declaration.version })}\n\n`);
    }
  }

  private async openEvents(user: string | undefined, signal: AbortSignal | undefined): Promise<Response> {
    if (!user) return json(401, { title: 'Unauthorized', status: 401 });
    const override = this.eventStreamOverrides.shift();
    if (override) return override();
    const stream = new FakeEventStream(user, signal, (closed) => this.eventStreams.splice(this.eventStreams.indexOf(closed), 1));
    this.eventStreams.push(stream);
    stream.send('event: ready\ndata: {}\n\n');
    return new Response(stream.body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  }

  /** Seeds a plan for a user, as if created earlier. */
  seed(owner: string, request: PlanRequest): PlanResponse {
    const plan = this.build(request, undefined);
    this.plans.set(plan.id, { owner, plan });
    return plan;
  }

  /** Adds a declaration for a user, as if created earlier; newest is listed first. */
  seedDeclaration(owner: string, fields: Partial<DeclarationResponse> = {}): DeclarationResponse {
    const declaration = { ...sampleDeclaration(`00000000-0000-4000-9000-${String(this.nextId++).padStart(12, '0')}`), ...fields };
    this.declarations.set(declaration.id, { owner, declaration });
    return declaration;
  }

  /** Changes a declaration as the service would when a reply arrives. */
  updateDeclaration(id: string, fields: Partial<DeclarationResponse>): void {
    const entry = this.declarations.get(id);
    if (!entry) throw new Error(`no declaration ${id}`);
    entry.declaration = { ...entry.declaration, ...fields, version: entry.declaration.version + 1 };
  }

  declaration(id: string): DeclarationResponse | undefined {
    return this.declarations.get(id)?.declaration;
  }

  private async handle(method: string, path: string, headers: Record<string, string>, body: unknown): Promise<Response> {
    const user = headers['x-dev-user'];
    this.signer = headers['x-dev-name'] ? decodeURIComponent(headers['x-dev-name']) : undefined;
    if (!user) return json(401, { title: 'Unauthorized', status: 401 });
    if (path === '/api/tracking' || path.startsWith('/api/declarations') || /^\/api\/plans\/[^/]+\/declarations$/.test(path)) {
      return this.handleDeclarations(method, path, user, body);
    }
    const mine = [...this.plans.values()].filter((p) => p.owner === user).map((p) => p.plan);

    if (path === '/api/plans' && method === 'GET') {
      return json(200, [...mine].reverse().map((p) => this.withDue(p)));
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
      return this.preview(entry.plan, this.signer);
    }
    if (method === 'GET') return json(200, this.withDue(entry.plan));
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

  private async handleDeclarations(method: string, path: string, user: string, body: unknown): Promise<Response> {
    const create = /^\/api\/plans\/([^/]+)\/declarations$/.exec(path);
    if (create && method === 'POST') {
      const entry = this.plans.get(decodeURIComponent(create[1] ?? ''));
      if (!entry || entry.owner !== user) return json(404, { title: 'Not Found', status: 404, detail: 'No such plan.' });
      const preview = this.preview(entry.plan, this.signer);
      if (preview.status !== 200) return preview;
      // One live declaration per plan, as the API keeps it: a second one is a 409, or supersedes the first with a reason.
      const request = (body ?? {}) as { supersede?: boolean; reason?: string };
      const live = [...this.declarations.values()].filter((d) => d.owner === user && d.declaration.planId === entry.plan.id && !d.declaration.superseded);
      if (live.length > 0 && !request.supersede) {
        const current = live[live.length - 1]!.declaration;
        return json(409, { title: 'This plan already has a live declaration.', status: 409, detail: `“${current.subject}” is still live. Supersede it, with a reason, to create a new one.`, declarationId: current.id, liveDeclarationId: current.id });
      }
      if (request.supersede && !request.reason?.trim()) {
        return json(400, { title: 'One or more validation errors occurred.', status: 400, errors: { reason: ['Say why the live declaration is superseded.'] } });
      }
      const drafted = (await preview.json()) as { variant: 'full' | 'conditional'; subject: string; html: string; text: string; to: DeclarationResponse['to']; cc: DeclarationResponse['cc'] };
      const delivery = (body as { delivery?: string } | undefined)?.delivery ?? 'mailbox';
      const declaration = this.seedDeclaration(user, {
        planId: entry.plan.id,
        state: 'drafted',
        variant: drafted.variant,
        delivery: delivery === 'outlook' ? 'outlook' : 'mailbox',
        subject: drafted.subject,
        prospect: entry.plan.prospect,
        dealName: entry.plan.dealName,
        to: drafted.to,
        cc: drafted.cc,
        html: drafted.html,
        text: drafted.text,
        draftWebLink: delivery === 'outlook' ? null : 'https://outlook.office365.com/owa/?ItemID=draft',
        draftMessageId: delivery === 'outlook' ? null : 'draft-message-id',
        sentAt: null,
        awaitingHours: null,
        internetMessageId: null,
        conversationId: null,
        createdAt: new Date((this.clock += 1000)).toISOString(),
      });
      for (const old of live) {
        this.updateDeclaration(old.declaration.id, { state: 'superseded', superseded: { by: declaration.id, at: declaration.createdAt, reason: request.reason!.trim() } });
      }
      return json(201, declaration, { Location: `/api/declarations/${declaration.id}` });
    }
    const mine = [...this.declarations.values()].filter((d) => d.owner === user).map((d) => d.declaration);
    if (path === '/api/tracking' && method === 'GET') {
      return json(200, this.trackingStatus);
    }
    if (path === '/api/declarations' && method === 'GET') {
      const override = this.listOverrides.shift();
      if (override) return override();
      const planId = this.query.get('planId');
      return json(200, [...mine].filter((d) => !planId || d.planId === planId).reverse().map(({ html: _h, text: _t, ...rest }) => rest));
    }
    const evidenceRoute = /^\/api\/declarations\/([^/]+)\/(forward|override|acknowledge-sender|evidence|evidence\/verify|evidence-pack|evidence-pack\/link|follow-up)$/.exec(path);
    if (evidenceRoute) {
      const entry = this.declarations.get(decodeURIComponent(evidenceRoute[1] ?? ''));
      if (!entry || entry.owner !== user) return json(404, { title: 'Not Found', status: 404, detail: 'No such declaration.' });
      return this.handleEvidence(method, evidenceRoute[2] ?? '', entry.declaration, user, body);
    }
    const match = /^\/api\/declarations\/([^/]+)(\/send|\/sent-from-outlook|\/compose-item)?$/.exec(path);
    const entry = match ? this.declarations.get(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!match || !entry || entry.owner !== user) return json(404, { title: 'Not Found', status: 404, detail: 'No such declaration.' });
    const d = entry.declaration;
    if (!match[2] && method === 'GET') return json(200, d);
    if (match[2] === '/compose-item' && method === 'PUT') {
      const itemId = (body as { itemId?: string } | undefined)?.itemId ?? '';
      if (!/^[A-Za-z0-9_=-]+$/.test(itemId)) {
        return json(400, { title: 'One or more validation errors occurred.', status: 400, errors: { itemId: ['itemId must be the REST form of the item id.'] } });
      }
      if (d.delivery !== 'outlook') return json(409, { title: 'Conflict', status: 409, detail: 'Wrong delivery for this action.' });
      this.composeItems.set(d.id, itemId);
      return json(200, d);
    }
    const wanted = match[2] === '/send' ? 'mailbox' : 'outlook';
    if (method !== 'POST') return json(405, { title: 'Method Not Allowed', status: 405 });
    if (d.delivery !== wanted) return json(409, { title: 'Conflict', status: 409, detail: 'Wrong delivery for this action.' });
    if (wanted === 'mailbox' && d.sentAt) return json(409, { title: 'Conflict', status: 409, detail: 'This declaration was already sent.' });
    this.updateDeclaration(d.id, { state: d.state === 'drafted' ? 'sent' : d.state, sentAt: d.sentAt ?? new Date(this.clock).toISOString(), awaitingHours: 0 });
    return json(200, entry.declaration);
  }

  private withDue(plan: PlanResponse): PlanResponse {
    return { ...plan, declarationDue: this.declarationDue.get(plan.id) ?? null };
  }

  /** Appends an event to a declaration's audit log, chained like the API's. */
  addEvidence(id: string, kind: string, actor: string, payload: Record<string, unknown> = {}): EvidenceLinkDto {
    const log = this.evidence.get(id) ?? [];
    const previous = log[log.length - 1];
    const sequence = log.length + 1;
    const link: EvidenceLinkDto = {
      sequence,
      kind,
      at: new Date((this.clock += 60_000)).toISOString(),
      actor,
      payload,
      previousHash: previous?.hash ?? '0'.repeat(64),
      hash: `${String(sequence).padStart(2, '0')}${'c0ffee'.repeat(10)}${String(sequence).padStart(2, '0')}`,
    };
    this.evidence.set(id, [...log, link]);
    return link;
  }

  private handleEvidence(method: string, route: string, d: DeclarationResponse, user: string, body: unknown): Response {
    const buyer: PersonDto = { name: 'Priya Shah', email: 'priya@contoso.example' };
    const ae: PersonDto = { name: 'Jordan Lee', email: 'jordan@fabrikam.example' };
    const forwardable = (d.state === 'confirmed' || d.state === 'conditional') && !d.senderToAcknowledge;
    const reason = d.senderToAcknowledge
      ? `The confirmation came from ${d.senderToAcknowledge}, not the plan's lead engineer.`
      : d.state === 'ambiguous'
        ? 'The reply is not a written confirmation (a thumbs-up or a non-answer). Ask for one, or override the verdict with a reason first.'
        : d.state === 'declined'
          ? 'The prospect declined or disputed a result. Override the verdict with a reason if that reading is wrong.'
          : d.state === 'auto_reply'
            ? 'Only an automatic reply so far.'
            : 'No reply yet.';
    const forwards = this.forwards.get(d.id) ?? [];
    switch (`${method} ${route}`) {
      case 'GET forward':
        return json(200, {
          canForward: forwardable,
          reason: forwardable ? null : reason,
          replyId: forwardable ? (d.reply?.id ?? null) : null,
          to: [buyer],
          cc: [ae],
          noteText: forwardable
            ? 'Your lead engineer Dana Kim confirmed yesterday that we exceeded the MTTR reduction target by 3 percentage points.\n\nAre we ready to review the contract?'
            : null,
          noteHtml: forwardable ? '<p>Your lead engineer Dana Kim confirmed yesterday…</p>' : null,
          forwards,
        });
      case 'POST forward': {
        const request = (body ?? {}) as { to?: PersonDto[]; cc?: PersonDto[]; note?: string; again?: boolean };
        const to = request.to ?? [buyer];
        const cc = request.cc ?? [ae];
        const errors: Record<string, string[]> = {};
        if (to.length === 0) errors['to'] = ['At least one recipient is required.'];
        to.forEach((r, i) => !EMAIL.test(r.email) && (errors[`to[${i}].email`] = ['email must be a plain email address.']));
        cc.forEach((r, i) => !EMAIL.test(r.email) && (errors[`cc[${i}].email`] = ['email must be a plain email address.']));
        if (Object.keys(errors).length > 0) return json(400, { title: 'The forward has invalid fields.', status: 400, errors });
        if (!forwardable) return json(409, { title: 'This reply is not a written confirmation yet.', status: 409, detail: reason });
        const last = forwards[forwards.length - 1];
        if (last && !request.again) {
          return json(409, {
            title: 'Already forwarded.',
            status: 409,
            detail: `You forwarded this confirmation on ${last.at.slice(0, 10)} to ${last.to.map((r) => r.email).join(', ')}. Send it again?`,
            forwardedAt: last.at,
          });
        }
        const record: ForwardRecordDto = { at: new Date((this.clock += 60_000)).toISOString(), by: user, to, cc, note: request.note ?? 'generated note' };
        this.forwards.set(d.id, [...forwards, record]);
        this.addEvidence(d.id, 'forwarded', user, { to, cc, note: record.note });
        this.updateDeclaration(d.id, {});
        return json(200, this.declaration(d.id));
      }
      case 'POST acknowledge-sender': {
        if (!d.senderToAcknowledge) return json(409, { title: 'Nothing to acknowledge.', status: 409 });
        this.addEvidence(d.id, 'sender_acknowledged', user, { sender: d.senderToAcknowledge, note: (body as { note?: string } | null)?.note ?? null });
        this.updateDeclaration(d.id, { senderToAcknowledge: null });
        return json(200, this.declaration(d.id));
      }
      case 'POST override': {
        const request = (body ?? {}) as { verdict?: string; reason?: string };
        const errors: Record<string, string[]> = {};
        if (!['confirmed', 'conditional', 'declined', 'ambiguous', 'auto_reply'].includes(request.verdict ?? '')) {
          errors['verdict'] = ['verdict must be one of: confirmed, conditional, declined, ambiguous, auto_reply.'];
        }
        if (!request.reason?.trim()) errors['reason'] = ['Say why: the reason is kept with the override as evidence.'];
        else if (request.reason.length > 1000) errors['reason'] = ['reason must be at most 1000 characters.'];
        if (Object.keys(errors).length > 0) return json(400, { title: 'The override is incomplete.', status: 400, errors });
        const at = new Date((this.clock += 60_000)).toISOString();
        this.addEvidence(d.id, 'verdict_overridden', user, { from: d.state, to: request.verdict, reason: request.reason });
        this.updateDeclaration(d.id, {
          state: request.verdict as DeclarationResponse['state'],
          override: { verdict: request.verdict as 'confirmed', reason: request.reason!.trim(), by: user, at },
          followUp: null,
        });
        return json(200, this.declaration(d.id));
      }
      case 'GET evidence':
        return json(200, this.evidence.get(d.id) ?? []);
      case 'GET evidence/verify': {
        const links = (this.evidence.get(d.id) ?? []).length;
        return json(
          200,
          this.verifications.get(d.id) ?? {
            valid: true,
            checkedAt: new Date(this.clock).toISOString(),
            links,
            messages: d.replies.length,
            problems: [],
            head: this.evidence.get(d.id)?.at(-1)?.hash ?? null,
          },
        );
      }
      case 'POST evidence-pack/link':
        return json(200, {
          url: `https://api.example.test/api/declarations/${d.id}/evidence-pack/signed?token=signed-${d.id}`,
          expiresAt: new Date(this.clock + 5 * 60_000).toISOString(),
        });
      case 'GET evidence-pack':
        return new Response(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), {
          status: 200,
          headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename=evidence-contoso-2026-11-26.zip; filename*=UTF-8\'\'evidence-contoso-2026-11-26.zip' },
        });
      case 'GET follow-up':
      case 'POST follow-up': {
        if (!d.followUp) {
          return json(409, { title: 'No follow-up needed now.', status: 409, detail: 'A follow-up is drafted when the answer is overdue, when the reply is not a written confirmation, or when a conditional win’s blocking criterion is proven.' });
        }
        if (method === 'GET') return json(200, followUpDraft(d.followUp, d.subject));
        const send = (body as { send?: boolean } | undefined)?.send === true;
        this.addEvidence(d.id, 'follow_up_drafted', user, { kind: d.followUp, sent: send });
        return json(200, { kind: d.followUp, draftId: 'draft-follow-up-1', draftWebLink: send ? null : 'https://outlook.example/follow-up-draft', sent: send });
      }
      default:
        return json(405, { title: 'Method Not Allowed', status: 405 });
    }
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

  private preview(plan: PlanResponse, signer: string | undefined): Response {
    const { variant, reasons } = plan.assessment;
    if (variant === null) {
      return json(422, { title: 'No declaration applies', status: 422, detail: 'The plan does not support a Technical Win declaration yet.', reasons });
    }
    // No email goes out unsigned: the plan's Sales Engineer, else the signed-in user's display name.
    if (!plan.salesEngineer?.name && !signer) {
      const detail = 'No one signs this email: fill in the Sales Engineer\'s name on the plan (or sign in with a display name).';
      return json(422, { title: 'Who signs this email? Fill in the Sales Engineer\'s name.', status: 422, detail, reasons: [detail], errors: { salesEngineer: [detail] } });
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
      // The plan's warnings, as the API gives the same list to the plan and the preview.
      warnings: plan.warnings.map((w) => w.message),
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

/** One open `text/event-stream` response of the fake API; the test writes to it and ends it. */
export class FakeEventStream {
  readonly body: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private open = true;

  constructor(
    readonly owner: string,
    signal: AbortSignal | undefined,
    private readonly onClosed: (stream: FakeEventStream) => void,
  ) {
    this.body = new ReadableStream<Uint8Array>({ start: (controller) => void (this.controller = controller) });
    // As fetch does: aborting the request errors its body.
    signal?.addEventListener('abort', () => this.finish(() => this.controller.error(new DOMException('The operation was aborted.', 'AbortError'))));
  }

  get closed(): boolean {
    return !this.open;
  }

  /** Raw text, framed by the caller. */
  send(text: string): void {
    if (this.open) this.controller.enqueue(new TextEncoder().encode(text));
  }

  /** The server ends the response. */
  close(): void {
    this.finish(() => this.controller.close());
  }

  private finish(end: () => void): void {
    if (!this.open) return;
    this.open = false;
    end();
    this.onClosed(this);
  }
}

/** The follow-up the API drafts for each kind (wording shortened). */
export function followUpDraft(kind: FollowUpDraft['kind'], declarationSubject: string): FollowUpDraft {
  const ask =
    kind === 'stale'
      ? 'Could you reply with a one-line written confirmation that the three mandatory success criteria were met?'
      : kind === 'ambiguous'
        ? 'Thank you for the quick reply. Could you reply with a sentence confirming that the Contoso team considers the technical evaluation a success?'
        : 'Could you confirm in writing that “Legacy syslog ingestion” is now validated?';
  return {
    kind,
    subject: `RE: ${declarationSubject}`,
    html: `<p>Hi Dana,</p><p><strong>${ask}</strong></p><p>Kind regards,<br>Alex Morgan</p>`,
    text: `Hi Dana,\n\n${ask}\n\nKind regards,\nAlex Morgan`,
    to: { name: 'Dana Kim', email: 'dana@contoso.example' },
    cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
  };
}

/** A sent declaration with no reply yet, as the API lists it. */
export function sampleDeclaration(id: string): DeclarationResponse {
  return {
    id,
    planId: '00000000-0000-4000-8000-000000000001',
    state: 'sent',
    variant: 'full',
    delivery: 'mailbox',
    subject: 'Technical Win: Contoso observability POV — all criteria validated',
    prospect: 'Contoso',
    dealName: 'Contoso observability POV',
    to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
    cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
    createdAt: '2026-11-24T17:00:00Z',
    sentAt: '2026-11-24T17:05:00Z',
    awaitingHours: 5,
    draftWebLink: null,
    internetMessageId: '<decl@fabrikam.example>',
    conversationId: 'conv-1',
    reply: null,
    replies: [],
    html: '<p>Hi Dana,</p>',
    text: 'Hi Dana,',
    version: 1,
  };
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
