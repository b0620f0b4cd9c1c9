/** Supplies the headers that sign a request in to the OutlookWin API. */
export interface AuthProvider {
  /** What kind of sign-in this is, for display ("Microsoft Entra ID" or "Development sign-in"). */
  readonly kind: 'naa' | 'development';
  headers(): Promise<Record<string, string>>;
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
