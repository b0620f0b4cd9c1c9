import type { IPublicClientApplication } from '@azure/msal-browser';
import type { AuthHost } from '../office/officeAuth';
import { isInteractionRequired, SignInRequiredError, type AuthProvider, type InteractiveRequest } from './AuthProvider';
import type { NaaSettings } from './naaAuth';

/** The page the Office dialog opens (same origin as the pane, so MSAL's cache is shared). */
export const AUTH_DIALOG_PATH = '/auth-dialog.html';

/** What the dialog page sends back through `messageParent`. */
export type DialogResult =
  | { status: 'success'; accessToken: string; expiresOn: number | null; username: string | null }
  | { status: 'error'; message: string };

/** The dialog page's address for one interactive request. */
export function authDialogUrl(origin: string, settings: NaaSettings, request: InteractiveRequest): string {
  const query = new URLSearchParams({
    clientId: settings.clientId,
    authority: settings.authority ?? 'https://login.microsoftonline.com/common',
    scopes: (request.scopes && request.scopes.length > 0 ? request.scopes : [settings.apiScope]).join(' '),
  });
  if (request.claims) query.set('claims', request.claims);
  return `${origin}${AUTH_DIALOG_PATH}?${query.toString()}`;
}

export interface DialogAuthOptions {
  /** The pane's origin (the dialog page must be on the add-in's own domain). */
  origin?: string;
  /** MSAL for the pane's silent requests; tests replace it. */
  loadMsal?: () => Promise<typeof import('@azure/msal-browser')>;
}

/**
 * Sign-in where Outlook cannot broker tokens (no NestedAppAuth 1.1): as Microsoft's Outlook NAA samples fall back,
 * MSAL runs in an Office dialog (`displayDialogAsync`) on the add-in's own domain and sends the token back. In the pane,
 * `headers()` stays silent: the token the dialog returned while it lasts, else MSAL's silent request from the cache the
 * dialog filled (same origin, localStorage). Only `interact()` — a user's click — opens the dialog.
 */
export function createDialogAuth(settings: NaaSettings, host: AuthHost, options: DialogAuthOptions = {}): AuthProvider {
  const origin = options.origin ?? window.location.origin;
  const loadMsal = options.loadMsal ?? (() => import('@azure/msal-browser'));
  let held: { token: string; expiresOn: number } | undefined;
  let loaded: Promise<{ msal: typeof import('@azure/msal-browser'); app: IPublicClientApplication }> | undefined;

  const application = () => {
    loaded ??= loadMsal().then(async (msal) => ({
      msal,
      app: await msal.createStandardPublicClientApplication({
        auth: {
          clientId: settings.clientId,
          authority: settings.authority ?? 'https://login.microsoftonline.com/common',
          redirectUri: `${origin}${AUTH_DIALOG_PATH}`,
        },
        cache: { cacheLocation: 'localStorage' },
      }),
    }));
    return loaded;
  };

  async function token(): Promise<string> {
    // A minute's margin: a token about to lapse is not sent.
    if (held && held.expiresOn - 60_000 > Date.now()) return held.token;
    const { msal, app } = await application();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    if (!account) throw new SignInRequiredError();
    try {
      const result = await app.acquireTokenSilent({ scopes: [settings.apiScope], account });
      return result.accessToken;
    } catch (error) {
      if (isInteractionRequired(error, msal.InteractionRequiredAuthError)) throw new SignInRequiredError();
      throw error;
    }
  }

  return {
    kind: 'dialog',
    headers: async () => ({ Authorization: `Bearer ${await token()}` }),
    async interact(request: InteractiveRequest = {}) {
      const message = await host.openAuthDialog(authDialogUrl(origin, settings, request));
      let result: DialogResult;
      try {
        result = JSON.parse(message) as DialogResult;
      } catch {
        throw new Error('The sign-in dialog sent back something unreadable.');
      }
      if (result.status !== 'success') throw new Error(result.message || 'Sign-in did not complete.');
      const forApi = !request.scopes || request.scopes.length === 0 || request.scopes.includes(settings.apiScope);
      if (forApi) held = { token: result.accessToken, expiresOn: result.expiresOn ?? Date.now() + 5 * 60_000 };
    },
  };
}
