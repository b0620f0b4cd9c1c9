import { SignInRequiredError, type AuthProvider } from '../auth/AuthProvider';
import { needFromProblem, type SignInNeed } from '../auth/signInPrompt';
import { ApiError, readProblem } from './problem';
import type {
  DeclarationDelivery,
  DeclarationPreview,
  DeclarationResponse,
  DownloadedFile,
  EvidenceLinkDto,
  EvidencePackLink,
  EvidenceVerification,
  FollowUpDraft,
  FollowUpResult,
  ForwardPreview,
  ForwardRequest,
  OverrideRequest,
  PlanRequest,
  PlanResponse,
  SupersedeRequest,
  TrackingStatus,
} from './types';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** What the pane needs from the OutlookWin API. */
export interface PlansApi {
  listPlans(): Promise<PlanResponse[]>;
  getPlan(id: string): Promise<PlanResponse>;
  createPlan(plan: PlanRequest): Promise<PlanResponse>;
  updatePlan(id: string, plan: PlanRequest): Promise<PlanResponse>;
  deletePlan(id: string): Promise<void>;
  previewDeclaration(id: string): Promise<DeclarationPreview>;
}

/** Declarations: created from a plan, sent, and tracked until the prospect answers. */
export interface DeclarationsApi {
  /** With `supersede`, the plan's live declaration is replaced (the reason goes into its evidence); without, a live one is a 409. */
  createDeclaration(planId: string, delivery: DeclarationDelivery, supersede?: SupersedeRequest): Promise<DeclarationResponse>;
  /** Sends a mailbox-delivery declaration from the SE's mailbox. */
  sendDeclaration(id: string): Promise<DeclarationResponse>;
  /** Says an Outlook-delivery declaration went out from Outlook's compose window. */
  markSentFromOutlook(id: string): Promise<DeclarationResponse>;
  /** Records the id (REST form) of the Outlook message an Outlook-delivery declaration was inserted into and saved as. */
  recordComposeItem(id: string, itemId: string): Promise<DeclarationResponse>;
  /** Newest first, without the email body. */
  listDeclarations(options?: { planId?: string; signal?: AbortSignal }): Promise<DeclarationResponse[]>;
  getDeclaration(id: string): Promise<DeclarationResponse>;
  /** Whether the mailbox is watched for replies, and any problem the user can act on. */
  trackingStatus(options?: { signal?: AbortSignal }): Promise<TrackingStatus>;
  /**
   * Opens the stream of changes to the user's declarations (`text/event-stream`), signed in like every request;
   * resolves with its body once the API accepted. Abort the signal to close it.
   */
  openDeclarationEvents(options: { signal: AbortSignal }): Promise<ReadableStream<Uint8Array>>;
}

/** The forward of a confirming reply to the economic buyer. */
export interface ForwardApi {
  /** The forward to the economic buyer with its cover note, or why it cannot go yet. */
  previewForward(id: string): Promise<ForwardPreview>;
  /** Forwards the original reply; 409 when it cannot go or went already (then `again: true`). */
  forward(id: string, request: ForwardRequest): Promise<DeclarationResponse>;
}

/** The declaration's evidence: the SE's override of a verdict, the audit log, its verification and the pack. */
export interface EvidenceApi {
  overrideVerdict(id: string, request: OverrideRequest): Promise<DeclarationResponse>;
  /** Accepts that the person who confirmed (not the lead engineer) may confirm for the prospect. */
  acknowledgeSender(id: string, note?: string): Promise<DeclarationResponse>;
  /** The audit log: every event, oldest first, chained by SHA-256. */
  listEvidence(id: string): Promise<EvidenceLinkDto[]>;
  verifyEvidence(id: string): Promise<EvidenceVerification>;
  /** The zip with the original replies, the sent declaration and the manifest. */
  downloadEvidencePack(id: string): Promise<DownloadedFile>;
  /**
   * A signed link to the evidence pack that works for a few minutes without the pane's sign-in: for hosts that can
   * only open a link in the user's browser (Outlook on Windows), which carries no token.
   */
  createEvidencePackLink(id: string): Promise<EvidencePackLink>;
}

/** The follow-up a declaration needs when its answer is overdue, unclear or conditional. */
export interface FollowUpApi {
  /** The follow-up the declaration needs now (409 when none is). */
  previewFollowUp(id: string): Promise<FollowUpDraft>;
  /** Puts the follow-up in the SE's mailbox as a draft, or sends it. */
  createFollowUp(id: string, options: { send: boolean }): Promise<FollowUpResult>;
}

/** The signed-in user's mailbox session. */
export interface SessionApi {
  /**
   * Starts or refreshes the mailbox session the service works with while the pane is closed, and returns the address
   * the mailbox knows the user by. The pane calls it on load; a 401 with a consent challenge asks for consent.
   */
  startSession(): Promise<{ address: string }>;
}

/** What one declaration's detail view calls. */
export type DeclarationActionsApi = EvidenceApi & ForwardApi & FollowUpApi;

export type OutlookWinApi = PlansApi & DeclarationsApi & DeclarationActionsApi & SessionApi;

/** The file name a Content-Disposition header gives (RFC 6266: filename* first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall back to the plain filename.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
  // Never let a header choose a folder.
  const safe = name.replace(/^.*[\\/]/, '');
  return safe.length > 0 ? safe : fallback;
}

export interface ApiClientOptions {
  auth: AuthProvider;
  /** Origin and path prefix of the API; empty for the pane's own origin. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Told when the user must sign in or consent before a request can succeed (the pane shows one prompt for it). */
  onSignInNeeded?: (need: SignInNeed) => void;
}

/** Typed HTTP client for /api/plans and /api/declarations. Every request carries the sign-in headers from `auth`. */
export function createApiClient(options: ApiClientOptions): OutlookWinApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request(
    method: string,
    path: string,
    accept: string,
    body?: unknown,
    signal?: AbortSignal,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    let signIn: Record<string, string>;
    try {
      signIn = await options.auth.headers();
    } catch (error) {
      if (error instanceof SignInRequiredError) options.onSignInNeeded?.({ kind: 'sign-in' });
      throw error;
    }
    const headers: Record<string, string> = { Accept: accept, ...signIn, ...extra };
    const init: RequestInit = { method, headers };
    if (signal) init.signal = signal;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await doFetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      const problem = await readProblem(response);
      const need = needFromProblem(response.status, problem);
      if (need) options.onSignInNeeded?.(need);
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await request(method, path, 'application/json', body, signal);
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  /**
   * A POST that sends mail (the declaration, a forward, a follow-up): it carries an Idempotency-Key, and when the
   * network drops the request it is sent once more with the same key, so the server answers the retry as it answered
   * the first and the mail never goes out twice.
   */
  async function sendOnce<T>(path: string, body?: unknown): Promise<T> {
    const once = { 'Idempotency-Key': newIdempotencyKey() };
    const attempt = async (): Promise<T> => {
      const response = await request('POST', path, 'application/json', body, undefined, once);
      return (await response.json()) as T;
    };
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      return attempt();
    }
  }

  const plan = (id: string): string => `/api/plans/${encodeURIComponent(id)}`;
  const declaration = (id: string): string => `/api/declarations/${encodeURIComponent(id)}`;

  return {
    listPlans: () => send<PlanResponse[]>('GET', '/api/plans'),
    getPlan: (id) => send<PlanResponse>('GET', plan(id)),
    createPlan: (body) => send<PlanResponse>('POST', '/api/plans', body),
    updatePlan: (id, body) => send<PlanResponse>('PUT', plan(id), body),
    deletePlan: (id) => send<void>('DELETE', plan(id)),
    previewDeclaration: (id) => send<DeclarationPreview>('POST', `${plan(id)}/declaration/preview`),
    createDeclaration: (planId, delivery, supersede) =>
      send<DeclarationResponse>('POST', `${plan(planId)}/declarations`, supersede ? { delivery, supersede: true, reason: supersede.reason } : { delivery }),
    sendDeclaration: (id) => sendOnce<DeclarationResponse>(`${declaration(id)}/send`),
    markSentFromOutlook: (id) => send<DeclarationResponse>('POST', `${declaration(id)}/sent-from-outlook`),
    recordComposeItem: (id, itemId) => send<DeclarationResponse>('PUT', `${declaration(id)}/compose-item`, { itemId }),
    listDeclarations: ({ planId, signal } = {}) =>
      send<DeclarationResponse[]>(
        'GET',
        planId ? `/api/declarations?planId=${encodeURIComponent(planId)}` : '/api/declarations',
        undefined,
        signal,
      ),
    getDeclaration: (id) => send<DeclarationResponse>('GET', declaration(id)),
    trackingStatus: ({ signal } = {}) => send<TrackingStatus>('GET', '/api/tracking', undefined, signal),
    async openDeclarationEvents({ signal }) {
      const response = await request('GET', '/api/declarations/events', 'text/event-stream', undefined, signal);
      if (!response.body) throw new Error('The API answered without a stream.');
      return response.body;
    },
    previewForward: (id) => send<ForwardPreview>('GET', `${declaration(id)}/forward`),
    forward: (id, body) => sendOnce<DeclarationResponse>(`${declaration(id)}/forward`, body),
    overrideVerdict: (id, body) => send<DeclarationResponse>('POST', `${declaration(id)}/override`, body),
    acknowledgeSender: (id, note) => send<DeclarationResponse>('POST', `${declaration(id)}/acknowledge-sender`, { note: note ?? null }),
    listEvidence: (id) => send<EvidenceLinkDto[]>('GET', `${declaration(id)}/evidence`),
    verifyEvidence: (id) => send<EvidenceVerification>('GET', `${declaration(id)}/evidence/verify`),
    async downloadEvidencePack(id) {
      // Fetched with the sign-in headers: a plain link would carry no token.
      const response = await request('GET', `${declaration(id)}/evidence-pack`, 'application/zip');
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), 'evidence-pack.zip') };
    },
    createEvidencePackLink: (id) => send<EvidencePackLink>('POST', `${declaration(id)}/evidence-pack/link`),
    previewFollowUp: (id) => send<FollowUpDraft>('GET', `${declaration(id)}/follow-up`),
    createFollowUp: (id, { send: sendNow }) => sendOnce<FollowUpResult>(`${declaration(id)}/follow-up`, { send: sendNow }),
    startSession: () => send<{ address: string }>('POST', '/api/session'),
  };
}

/** A fresh key for one action (a UUID). */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
