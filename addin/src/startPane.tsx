import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, viewFromQuery } from './App';
import { loadClientConfig } from './auth/clientConfig';
import { createAuth } from './auth/createAuth';
import { createOfficeAuthHost, type OfficeAuthNamespace } from './office/officeAuth';
import { createOfficeHost, type OfficeNamespace } from './office/officeHost';

/**
 * Starts the pane once Office is ready. Called by taskpane.ts (Office.js from the CDN) and by
 * the stand-in's pane.ts (with the Office.js stand-in): the same app in both. The sign-in settings
 * come from the API that served the pane (`GET /api/config`), so one build serves every environment.
 */
export async function startPane(office: OfficeNamespace & Pick<typeof Office, 'onReady'>): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane: #root is missing from the page');
  await office.onReady();
  const host = createOfficeHost(office);
  let auth;
  try {
    auth = createAuth(
      await loadClientConfig(),
      createOfficeAuthHost(office as unknown as OfficeAuthNamespace),
      () => host.userEmail(),
      {},
      () => host.userDisplayName(),
    );
  } catch (error) {
    // Nothing works without sign-in: say why, plainly, where the pane would be.
    container.textContent = error instanceof Error ? error.message : String(error);
    container.setAttribute('role', 'alert');
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App host={host} auth={auth} view={viewFromQuery(window.location.search)} />
    </StrictMode>,
  );
}
