import type { AuthProvider } from '../auth/AuthProvider';
import { ApiError, readProblem } from './problem';
import type { DeclarationDelivery, DeclarationPreview, DeclarationResponse, PlanRequest, PlanResponse } from './types';

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
  createDeclaration(planId: string, delivery: DeclarationDelivery): Promise<DeclarationResponse>;
  /** Sends a mailbox-delivery declaration from the SE's mailbox. */
  sendDeclaration(id: string): Promise<DeclarationResponse>;
  /** Says an Outlook-delivery declaration went out from Outlook's compose window. */
  markSentFromOutlook(id: string): Promise<DeclarationResponse>;
  /** Newest first, without the email body. */
  listDeclarations(options?: { planId?: string; signal?: AbortSignal }): Promise<DeclarationResponse[]>;
  getDeclaration(id: string): Promise<DeclarationResponse>;
}

export type OutlookWinApi = PlansApi & DeclarationsApi;

export interface ApiClientOptions {
  auth: AuthProvider;
  /** Origin and path prefix of the API; empty for the pane's own origin. */
  baseUrl?: string;
  fetch?: FetchLike;
}

/** Typed HTTP client for /api/plans and /api/declarations. Every request carries the sign-in headers from `auth`. */
export function createApiClient(options: ApiClientOptions): OutlookWinApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(await options.auth.headers()) };
    const init: RequestInit = { method, headers };
    if (signal) init.signal = signal;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await doFetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw new ApiError(response.status, await readProblem(response));
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
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
    createDeclaration: (planId, delivery) => send<DeclarationResponse>('POST', `${plan(planId)}/declarations`, { delivery }),
    sendDeclaration: (id) => send<DeclarationResponse>('POST', `${declaration(id)}/send`),
    markSentFromOutlook: (id) => send<DeclarationResponse>('POST', `${declaration(id)}/sent-from-outlook`),
    listDeclarations: ({ planId, signal } = {}) =>
      send<DeclarationResponse[]>(
        'GET',
        planId ? `/api/declarations?planId=${encodeURIComponent(planId)}` : '/api/declarations',
        undefined,
        signal,
      ),
    getDeclaration: (id) => send<DeclarationResponse>('GET', declaration(id)),
  };
}
