import type { IPublicClientApplication } from '@azure/msal-browser';
import type { AuthProvider } from './AuthProvider';

export interface NaaSettings {
  /** Application (client) id of the add-in's Entra ID registration. */
  clientId: string;
  /** The API's delegated scope, e.g. `api://<api-client-id>/access_as_user`. */
  apiScope: string;
  authority?: string;
}

/**
 * Nested app authentication: Outlook brokers the token for the add-in. Silent first (the host
 * usually has one), then a popup when consent or interaction is needed. The MSAL instance is
 * created lazily per provider, never shared through module state. Tokens are never logged.
 */
export function createNaaAuth(settings: NaaSettings): AuthProvider {
  let pca: Promise<IPublicClientApplication> | undefined;
  const request = { scopes: [settings.apiScope] };

  const application = (): Promise<IPublicClientApplication> => {
    pca ??= import('@azure/msal-browser').then(({ createNestablePublicClientApplication }) =>
      createNestablePublicClientApplication({
        auth: {
          clientId: settings.clientId,
          authority: settings.authority ?? 'https://login.microsoftonline.com/common',
        },
      }),
    );
    return pca;
  };

  async function token(): Promise<string> {
    const app = await application();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    try {
      const result = await app.acquireTokenSilent(account ? { ...request, account } : request);
      return result.accessToken;
    } catch {
      // Silent failed (no cached token, consent needed): ask the user once, in a popup.
      const result = await app.acquireTokenPopup(request);
      app.setActiveAccount(result.account);
      return result.accessToken;
    }
  }

  return {
    kind: 'naa',
    headers: async () => ({ Authorization: `Bearer ${await token()}` }),
  };
}
