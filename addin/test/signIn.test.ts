import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../src/api/client';
import { SignInRequiredError, type AuthProvider } from '../src/auth/AuthProvider';
import { loadClientConfig, type ClientConfig } from '../src/auth/clientConfig';
import { createAuth } from '../src/auth/createAuth';
import type { SignInNeed } from '../src/auth/signInPrompt';
import { createOfficeAuthHost } from '../src/office/officeAuth';
import { MemoryMailbox } from '../src/standin/mailbox';
import { createOfficeStandIn, type StandInOptions } from '../src/standin/officeStandIn';

const entra: ClientConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  apiScope: 'api://11111111-2222-3333-4444-555555555555/access_as_user',
  authority: 'https://login.microsoftonline.com/contoso.example',
  devSignIn: false,
  graphScopes: ['https://graph.microsoft.com/Mail.ReadWrite', 'https://graph.microsoft.com/Mail.Send'],
  adminConsentUrl: 'https://login.microsoftonline.com/contoso.example/adminconsent?client_id=11111111-2222-3333-4444-555555555555',
};
const development: ClientConfig = { ...entra, clientId: null, apiScope: null, authority: null, devSignIn: true, adminConsentUrl: null };

const authHost = (options: StandInOptions = {}) =>
  createOfficeAuthHost(createOfficeStandIn(new MemoryMailbox(), options) as unknown as Parameters<typeof createOfficeAuthHost>[0]);

/** MSAL's standard client in the pane, replaced at the module boundary: an empty cache until the dialog fills it. */
function fakeMsal(accounts: unknown[] = []) {
  const app = {
    getActiveAccount: () => null,
    getAllAccounts: () => accounts,
    acquireTokenSilent: vi.fn(async () => ({ accessToken: 'from-cache' })),
  };
  class InteractionRequiredAuthError extends Error {}
  const msal = { createStandardPublicClientApplication: vi.fn(async () => app), InteractionRequiredAuthError };
  return { app, msal, loadMsal: async () => msal as unknown as typeof import('@azure/msal-browser') };
}

describe('sign-in chosen from the API settings and the host', () => {
  it('uses nested app authentication where Outlook supports NestedAppAuth 1.1', () => {
    expect(createAuth(entra, authHost(), () => 'x').kind).toBe('naa');
  });

  it('falls back to the Office dialog where it does not (the stand-in switched to "NAA unsupported")', () => {
    expect(createAuth(entra, authHost({ nestedAppAuth: false }), () => 'x').kind).toBe('dialog');
  });

  it('uses development sign-in only when the API says it runs in Development', async () => {
    const auth = createAuth(development, authHost(), () => 'se@fabrikam.example');
    expect(auth.kind).toBe('development');
    expect(await auth.headers()).toEqual({ 'X-Dev-User': 'se@fabrikam.example' });
  });

  it('refuses to start with neither Entra settings nor development sign-in, naming the setting', () => {
    expect(() => createAuth({ ...development, devSignIn: false }, authHost(), () => 'x')).toThrow(/AzureAd:ClientId/);
  });
});

describe('the Office dialog fallback', () => {
  it('stays silent in the background and opens the dialog only from interact()', async () => {
    const opened: string[] = [];
    const host = authHost({
      nestedAppAuth: false,
      authDialog: async (url) => {
        opened.push(url);
        return JSON.stringify({ status: 'success', accessToken: 'dialog-token', expiresOn: Date.now() + 3_600_000, username: 'se@contoso.example' });
      },
    });
    const { loadMsal } = fakeMsal();
    const auth = createAuth(entra, host, () => 'x', { origin: 'https://addin.contoso.example', loadMsal });

    await expect(auth.headers()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(opened).toHaveLength(0);

    await auth.interact?.();

    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.origin + url.pathname).toBe('https://addin.contoso.example/auth-dialog.html');
    expect(url.searchParams.get('clientId')).toBe(entra.clientId);
    expect(url.searchParams.get('scopes')).toBe(entra.apiScope);
    expect(await auth.headers()).toEqual({ Authorization: 'Bearer dialog-token' });
  });

  it('asks the dialog for the Graph scopes and claims of a consent challenge', async () => {
    const opened: string[] = [];
    const host = authHost({
      nestedAppAuth: false,
      authDialog: async (url) => {
        opened.push(url);
        return JSON.stringify({ status: 'success', accessToken: 'graph-token', expiresOn: null, username: null });
      },
    });
    const auth = createAuth(entra, host, () => 'x', { origin: 'https://addin.contoso.example', loadMsal: fakeMsal().loadMsal });

    await auth.interact?.({ scopes: entra.graphScopes, claims: '{"access_token":{}}' });

    const url = new URL(opened[0]!);
    expect(url.searchParams.get('scopes')).toBe(entra.graphScopes.join(' '));
    expect(url.searchParams.get('claims')).toBe('{"access_token":{}}');
    // A Graph token is not the API's: the pane still has no API token of its own.
    await expect(auth.headers()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it('says so when the dialog cannot open or reports a failure', async () => {
    const cannotOpen = createAuth(entra, authHost({ nestedAppAuth: false }), () => 'x', { loadMsal: fakeMsal().loadMsal });
    await expect(cannotOpen.interact?.()).rejects.toThrow(/could not open/);
    const failed = createAuth(
      entra,
      authHost({ nestedAppAuth: false, authDialog: async () => JSON.stringify({ status: 'error', message: 'AADSTS50105: not assigned' }) }),
      () => 'x',
      { loadMsal: fakeMsal().loadMsal },
    );
    await expect(failed.interact?.()).rejects.toThrow('AADSTS50105');
  });

  it('uses MSAL silently from the cache the dialog filled', async () => {
    const { loadMsal, app } = fakeMsal([{ homeAccountId: 'h', username: 'se@contoso.example' }]);
    const auth = createAuth(entra, authHost({ nestedAppAuth: false }), () => 'x', { loadMsal });
    expect(await auth.headers()).toEqual({ Authorization: 'Bearer from-cache' });
    expect(app.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [entra.apiScope], account: { homeAccountId: 'h', username: 'se@contoso.example' } });
  });
});

describe('sign-in needs reported by the API client', () => {
  const silentFailure: AuthProvider = { kind: 'naa', headers: () => Promise.reject(new SignInRequiredError()), interact: vi.fn() };

  it('reports a sign-in need when the token needs the user, and never interacts itself', async () => {
    const needs: SignInNeed[] = [];
    const fetch = vi.fn();
    const api = createApiClient({ auth: silentFailure, fetch, onSignInNeeded: (n) => needs.push(n) });
    await expect(api.trackingStatus()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(needs).toEqual([{ kind: 'sign-in' }]);
    expect(fetch).not.toHaveBeenCalled();
    expect(silentFailure.interact).not.toHaveBeenCalled();
  });

  it('turns a 401 consent challenge into one consent need with the scopes and the admin-consent address', async () => {
    const needs: SignInNeed[] = [];
    const problem = {
      status: 401,
      title: 'OutlookWin needs your consent to read and send mail as you.',
      consentRequired: true,
      scopes: entra.graphScopes,
      claims: null,
      adminConsentUrl: entra.adminConsentUrl,
    };
    const api = createApiClient({
      auth: { kind: 'naa', headers: async () => ({ Authorization: 'Bearer t' }) },
      fetch: async () => new Response(JSON.stringify(problem), { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      onSignInNeeded: (n) => needs.push(n),
    });
    await expect(api.startSession()).rejects.toMatchObject({ status: 401 });
    expect(needs).toEqual([
      { kind: 'consent', request: { scopes: entra.graphScopes, claims: null }, adminConsentUrl: entra.adminConsentUrl, consentMissing: true },
    ]);
  });
});

describe('the sign-in settings from the API', () => {
  it('are read from /api/config of the API that served the pane', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(entra), { status: 200 }));
    expect(await loadClientConfig(fetch)).toEqual(entra);
    expect(fetch).toHaveBeenCalledWith('/api/config', { headers: { Accept: 'application/json' } });
  });

  it('fail with a message a person can act on', async () => {
    await expect(loadClientConfig(async () => new Response('', { status: 502 }))).rejects.toThrow('GET /api/config answered 502');
    await expect(loadClientConfig(async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(/could not reach its API/);
  });
});
