import { sendToParent } from '../office/officeAuth';
import { AUTH_DIALOG_PATH, type DialogResult } from './dialogAuth';

// Entry of auth-dialog.html, opened by the pane with the Office dialog API where Outlook cannot broker tokens.
// MSAL runs here with a redirect (popups are blocked in many Office hosts); the result goes back to the pane.
const PENDING = 'outlookwin.authDialog.request';

interface PendingRequest {
  clientId: string;
  authority: string;
  scopes: string[];
  claims: string | null;
}

function requestFromQuery(search: string): PendingRequest | null {
  const query = new URLSearchParams(search);
  const clientId = query.get('clientId');
  const authority = query.get('authority');
  const scopes = (query.get('scopes') ?? '').split(' ').filter((s) => s.length > 0);
  if (!clientId || !authority || scopes.length === 0) return null;
  return { clientId, authority, scopes, claims: query.get('claims') };
}

async function run(): Promise<DialogResult | null> {
  const fromQuery = requestFromQuery(window.location.search);
  if (fromQuery) sessionStorage.setItem(PENDING, JSON.stringify(fromQuery));
  const stored = sessionStorage.getItem(PENDING);
  const request = fromQuery ?? (stored ? (JSON.parse(stored) as PendingRequest) : null);
  if (!request) return { status: 'error', message: 'The sign-in dialog was opened without its settings.' };

  const msal = await import('@azure/msal-browser');
  const app = await msal.createStandardPublicClientApplication({
    auth: { clientId: request.clientId, authority: request.authority, redirectUri: `${window.location.origin}${AUTH_DIALOG_PATH}` },
    cache: { cacheLocation: 'localStorage' },
  });
  const returned = await app.handleRedirectPromise();
  if (returned) {
    sessionStorage.removeItem(PENDING);
    app.setActiveAccount(returned.account);
    return {
      status: 'success',
      accessToken: returned.accessToken,
      expiresOn: returned.expiresOn ? returned.expiresOn.getTime() : null,
      username: returned.account?.username ?? null,
    };
  }
  await app.acquireTokenRedirect(request.claims ? { scopes: request.scopes, claims: request.claims } : { scopes: request.scopes });
  return null; // The page navigates to the sign-in and comes back here.
}

void Office.onReady().then(async () => {
  let result: DialogResult | null;
  try {
    result = await run();
  } catch (error) {
    result = { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (result) sendToParent(Office, JSON.stringify(result));
});
