/** One interactive request: sign-in for the API, or consent to Graph scopes (with the claims Entra ID demands). */
export interface InteractiveRequest {
  scopes?: readonly string[];
  claims?: string | null;
}

/**
 * Supplies the headers that sign a request in to the OutlookWin API.
 *
 * `headers()` is silent: it never opens a window, so the background poller and the live-update stream can call it at
 * any time. When the user must act it throws a {@link SignInRequiredError}; the pane then offers a button, and only
 * that click calls `interact()`, which may open a popup or a dialog.
 */
export interface AuthProvider {
  /** What kind of sign-in this is: nested app authentication, the Office dialog fallback, or development sign-in. */
  readonly kind: 'naa' | 'dialog' | 'development';
  headers(): Promise<Record<string, string>>;
  /** One interactive request, from a user's click only. */
  interact?(request?: InteractiveRequest): Promise<void>;
}

/** The user must sign in (or consent) interactively before the pane can get a token. */
export class SignInRequiredError extends Error {
  constructor(message = 'Sign in to OutlookWin to continue.') {
    super(message);
    this.name = 'SignInRequiredError';
  }
}

/** True for MSAL's InteractionRequiredAuthError (by class or by name: the class lives in a lazily loaded chunk). */
export function isInteractionRequired(error: unknown, errorClass?: abstract new (...args: never[]) => unknown): boolean {
  if (errorClass && error instanceof errorClass) return true;
  return error instanceof Error && error.name === 'InteractionRequiredAuthError';
}

/**
 * Development sign-in: the API (in its Development environment only) trusts `X-Dev-User`, and
 * `X-Dev-Name` as the display name that signs the user's emails (percent-encoded: headers are
 * Latin-1). Both are read on every request, so a changed mailbox user is picked up.
 */
export function createDevelopmentAuth(userEmail: () => string, userName?: () => string): AuthProvider {
  return {
    kind: 'development',
    headers: () => Promise.resolve(devHeaders(userEmail(), userName?.())),
  };
}

/** The Development sign-in headers: the address, and the display name when there is one. */
export function devHeaders(email: string, name?: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Dev-User': email };
  const trimmed = name?.trim();
  if (trimmed) headers['X-Dev-Name'] = encodeURIComponent(trimmed);
  return headers;
}
