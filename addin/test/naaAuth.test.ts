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

vi.mock('@azure/msal-browser', () => ({ createNestablePublicClientApplication }));

const { createNaaAuth } = await import('../src/auth/naaAuth');

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

  it('falls back to a popup when the silent request fails, and remembers the account', async () => {
    const account = { homeAccountId: 'h', username: 'se@fabrikam.example' };
    pca.acquireTokenSilent.mockRejectedValue(new Error('interaction_required'));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token', account });
    const auth = createNaaAuth(settings);
    expect(await auth.headers()).toEqual({ Authorization: 'Bearer popup-token' });
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['api://outlookwin/access_as_user'] });
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
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
