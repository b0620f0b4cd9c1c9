import { createDevelopmentAuth, type AuthProvider } from './AuthProvider';
import { createNaaAuth } from './naaAuth';

export interface AuthEnvironment {
  VITE_AAD_CLIENT_ID?: string;
  VITE_API_SCOPE?: string;
  VITE_AAD_AUTHORITY?: string;
}

/**
 * NAA when the build was configured with a client id and API scope; Development sign-in
 * (the mailbox address in `X-Dev-User`) otherwise.
 */
export function createAuth(env: AuthEnvironment, userEmail: () => string, userName?: () => string): AuthProvider {
  const clientId = env.VITE_AAD_CLIENT_ID?.trim();
  const apiScope = env.VITE_API_SCOPE?.trim();
  if (clientId && apiScope) {
    const authority = env.VITE_AAD_AUTHORITY?.trim();
    return createNaaAuth(authority ? { clientId, apiScope, authority } : { clientId, apiScope });
  }
  return createDevelopmentAuth(userEmail, userName);
}
