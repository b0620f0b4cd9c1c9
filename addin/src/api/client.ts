import type { AuthProvider } from '../auth/AuthProvider';
import { ApiError, readProblem } from './problem';
import type { DeclarationPreview, PlanRequest, PlanResponse } from './types';

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

export interface ApiClientOptions {
  auth: AuthProvider;
  /** Origin and path prefix of the API; empty for the pane's own origin. */
  baseUrl?: string;
  fetch?: FetchLike;
}

/** Typed HTTP client for /api/plans. Every request carries the sign-in headers from `auth`. */
export function createApiClient(options: ApiClientOptions): PlansApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(await options.auth.headers()) };
    const init: RequestInit = { method, headers };
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

  return {
    listPlans: () => send<PlanResponse[]>('GET', '/api/plans'),
    getPlan: (id) => send<PlanResponse>('GET', plan(id)),
    createPlan: (body) => send<PlanResponse>('POST', '/api/plans', body),
    updatePlan: (id, body) => send<PlanResponse>('PUT', plan(id), body),
    deletePlan: (id) => send<void>('DELETE', plan(id)),
    previewDeclaration: (id) => send<DeclarationPreview>('POST', `${plan(id)}/declaration/preview`),
  };
}
