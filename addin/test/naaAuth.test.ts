import { beforeEach, describe, expect, it, vi } from 'vitest';

// MSAL is replaced at the module boundary: these tests pin the order silent -> popup and the
// header the API receives, not MSAL itself.
const pca = {
  getActiveAccount: vi.fn(),
  getAllAccounts: vi.fn(),
  setActiveAccount: vi.fn(),
  acquireTokenSilent: vi.fn(),
  acquireTokenPopup: vi.fn(),
};
const createNestablePublicClientApplication = vi.fn(async (_config: unknown) => pca);
class InteractionRequiredAuthError extends Error {
  constructor(code: string) {
    super(code);
    this.name = 'InteractionRequiredAuthError';
  }
}

vi.mock('@azure/msal-browser', () => ({ createNestablePublicClientApplication, InteractionRequiredAuthError }));

const { createNaaAuth } = await import('../src/auth/naaAuth');
const { SignInRequiredError } = await import('../src/auth/AuthProvider');

const settings = { clientId: '11111111-2222-3333-4444-555555555555', apiScope: 'api://outlookwin/access_as_user' };

describe('nested app authentication', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    pca.getActiveAccount.mockReturnValue(null);
    pca.getAllAccounts.mockReturnValue([]);
  });

  it('uses a silently acquired token as the bearer token', async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'silent-token' });
    const auth = createNaaAuth(settings);
    expect(await auth.headers()).toEqual({ Authorization: 'Bearer silent-token' });
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['api://outlookwin/access_as_user'] });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(createNestablePublicClientApplication).toHaveBeenCalledWith({
      auth: { clientId: settings.clientId, authority: 'https://login.microsoftonline.com/common' },
    });
  });

  it('never opens a popup by itself: interaction required becomes a sign-in need', async () => {
    pca.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError('interaction_required'));
    const auth = createNaaAuth(settings);
    await expect(auth.headers()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('passes other failures on, without a popup', async () => {
    pca.acquireTokenSilent.mockRejectedValue(new Error('network_error'));
    await expect(createNaaAuth(settings).headers()).rejects.toThrow('network_error');
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('opens one popup from interact(), and remembers the account', async () => {
    const account = { homeAccountId: 'h', username: 'se@fabrikam.example' };
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token', account });
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'after-popup' });
    const auth = createNaaAuth(settings);
    await auth.interact?.();
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['api://outlookwin/access_as_user'] });
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
    expect(await auth.headers()).toEqual({ Authorization: 'Bearer after-popup' });
  });

  it('asks interactively for the Graph scopes and claims of a consent challenge', async () => {
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'graph', account: { homeAccountId: 'h' } });
    const scopes = ['https://graph.microsoft.com/Mail.ReadWrite', 'https://graph.microsoft.com/Mail.Send'];
    await createNaaAuth(settings).interact?.({ scopes, claims: '{"access_token":{}}' });
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes, claims: '{"access_token":{}}' });
  });

  it('creates one MSAL instance per provider and reuses it', async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 't' });
    const auth = createNaaAuth(settings);
    await auth.headers();
    await auth.headers();
    expect(createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    createNaaAuth(settings);
    expect(createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
  });

  it('asks for the known account when there is one', async () => {
    const account = { homeAccountId: 'h', username: 'se@fabrikam.example' };
    pca.getActiveAccount.mockReturnValue(account);
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 't' });
    await createNaaAuth(settings).headers();
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['api://outlookwin/access_as_user'], account });
  });
});
