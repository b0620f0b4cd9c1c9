import type { IPublicClientApplication } from '@azure/msal-browser';
import { isInteractionRequired, SignInRequiredError, type AuthProvider, type InteractiveRequest } from './AuthProvider';

export interface NaaSettings {
  /** Application (client) id of the add-in's Entra ID registration. */
  clientId: string;
  /** The API's delegated scope, e.g. `api://<api-client-id>/access_as_user`. */
  apiScope: string;
  authority?: string;
}

type Msal = typeof import('@azure/msal-browser');

/**
 * Nested app authentication: Outlook brokers the token for the add-in. Silent only in `headers()`; a popup only from
 * `interact()`, which the pane calls from a user's click after a silent request said interaction is required (or the
 * API asked for consent to Graph scopes). The MSAL instance is created lazily per provider, never shared through module
 * state. Tokens are never logged.
 */
export function createNaaAuth(settings: NaaSettings): AuthProvider {
  let loaded: Promise<{ msal: Msal; app: IPublicClientApplication }> | undefined;
  const request = { scopes: [settings.apiScope] };

  const application = () => {
    loaded ??= import('@azure/msal-browser').then(async (msal) => ({
      msal,
      app: await msal.createNestablePublicClientApplication({
        auth: {
          clientId: settings.clientId,
          authority: settings.authority ?? 'https://login.microsoftonline.com/common',
        },
      }),
    }));
    return loaded;
  };

  async function token(): Promise<string> {
    const { msal, app } = await application();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    try {
      const result = await app.acquireTokenSilent(account ? { ...request, account } : request);
      return result.accessToken;
    } catch (error) {
      if (isInteractionRequired(error, msal.InteractionRequiredAuthError)) throw new SignInRequiredError();
      throw error;
    }
  }

  return {
    kind: 'naa',
    headers: async () => ({ Authorization: `Bearer ${await token()}` }),
    async interact(wanted?: InteractiveRequest) {
      const { app } = await application();
      const scopes = wanted?.scopes && wanted.scopes.length > 0 ? [...wanted.scopes] : request.scopes;
      const result = await app.acquireTokenPopup(wanted?.claims ? { scopes, claims: wanted.claims } : { scopes });
      app.setActiveAccount(result.account);
    },
  };
}
