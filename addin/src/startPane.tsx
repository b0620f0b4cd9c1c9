import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, viewFromQuery } from './App';
import { createAuth } from './auth/createAuth';
import { createOfficeHost, type OfficeNamespace } from './office/officeHost';

/**
 * Starts the pane once Office is ready. Called by taskpane.ts (Office.js from the CDN) and by
 * the stand-in's pane.ts (with the Office.js stand-in): the same app in both.
 */
export async function startPane(office: OfficeNamespace & Pick<typeof Office, 'onReady'>): Promise<void> {
  await office.onReady();
  const host = createOfficeHost(office);
  const auth = createAuth(import.meta.env, () => host.userEmail(), () => host.userDisplayName());
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane: #root is missing from the page');
  createRoot(container).render(
    <StrictMode>
      <App host={host} auth={auth} view={viewFromQuery(window.location.search)} />
    </StrictMode>,
  );
}
