/** Supplies the headers that sign a request in to the OutlookWin API. */
export interface AuthProvider {
  /** What kind of sign-in this is, for display ("Microsoft Entra ID" or "Development sign-in"). */
  readonly kind: 'naa' | 'development';
  headers(): Promise<Record<string, string>>;
}

/**
 * Development sign-in: the API (in its Development environment only) trusts `X-Dev-User`.
 * The address is read on every request, so a changed mailbox user is picked up.
 */
export function createDevelopmentAuth(userEmail: () => string): AuthProvider {
  return {
    kind: 'development',
    headers: () => Promise.resolve({ 'X-Dev-User': userEmail() }),
  };
}
