import type { AuthHost } from '../office/officeAuth';
import { createDevelopmentAuth, type AuthProvider } from './AuthProvider';
import type { ClientConfig } from './clientConfig';
import { createDialogAuth, type DialogAuthOptions } from './dialogAuth';
import { createNaaAuth } from './naaAuth';

/**
 * Sign-in from the API's settings: Entra ID when the API names a client and scope — nested app authentication where
 * Outlook supports NestedAppAuth 1.1, else MSAL in an Office dialog — and Development sign-in (the mailbox address in
 * `X-Dev-User`) only when the API says it runs in Development.
 */
export function createAuth(
  config: ClientConfig,
  host: AuthHost,
  userEmail: () => string,
  dialog: DialogAuthOptions = {},
  userName?: () => string,
): AuthProvider {
  const clientId = config.clientId?.trim();
  const apiScope = config.apiScope?.trim();
  if (clientId && apiScope) {
    const authority = config.authority?.trim();
    const settings = authority ? { clientId, apiScope, authority } : { clientId, apiScope };
    return host.supportsNestedAppAuth() ? createNaaAuth(settings) : createDialogAuth(settings, host, dialog);
  }
  if (config.devSignIn) return createDevelopmentAuth(userEmail, userName);
  throw new Error(
    'OutlookWin has no sign-in settings: the API names no Entra ID application (AzureAd:ClientId) and does not allow development sign-in.',
  );
}
