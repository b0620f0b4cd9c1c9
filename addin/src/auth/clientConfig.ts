import type { FetchLike } from '../api/client';

/** The pane's sign-in settings, as `GET /api/config` serves them (anonymous: public client settings only). */
export interface ClientConfig {
  clientId: string | null;
  apiScope: string | null;
  authority: string | null;
  /** True only when the API runs in Development: `X-Dev-User` signs requests in. */
  devSignIn: boolean;
  /** The Graph scopes the API uses on the user's behalf (what consent is asked for). */
  graphScopes: string[];
  adminConsentUrl: string | null;
}

/**
 * Reads the sign-in settings from the API that served the pane, so one build serves every environment.
 * Rejects with a message a person can act on when the API cannot be read.
 */
export async function loadClientConfig(fetchFn: FetchLike = (i, init) => globalThis.fetch(i, init), baseUrl = ''): Promise<ClientConfig> {
  let response: Response;
  try {
    response = await fetchFn(`${baseUrl.replace(/\/$/, '')}/api/config`, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new Error(`OutlookWin could not reach its API to read its sign-in settings (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) {
    throw new Error(`OutlookWin could not read its sign-in settings: GET /api/config answered ${response.status}.`);
  }
  const body = (await response.json()) as Partial<ClientConfig>;
  return {
    clientId: body.clientId ?? null,
    apiScope: body.apiScope ?? null,
    authority: body.authority ?? null,
    devSignIn: body.devSignIn === true,
    graphScopes: Array.isArray(body.graphScopes) ? body.graphScopes.map(String) : [],
    adminConsentUrl: body.adminConsentUrl ?? null,
  };
}
