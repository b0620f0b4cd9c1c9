import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../src/App';
import type { FetchLike } from '../src/api/client';
import type { AuthProvider, InteractiveRequest } from '../src/auth/AuthProvider';
import { FakeOutlookHost } from '../src/office/fakeHost';

const GRAPH = ['https://graph.microsoft.com/Mail.ReadWrite', 'https://graph.microsoft.com/Mail.Send'];
const ADMIN = 'https://login.microsoftonline.com/contoso.example/adminconsent?client_id=11111111-2222-3333-4444-555555555555';

const consentProblem = () =>
  new Response(
    JSON.stringify({
      status: 401,
      title: 'OutlookWin needs your consent to read and send mail as you.',
      consentRequired: true,
      scopes: GRAPH,
      claims: null,
      adminConsentUrl: ADMIN,
    }),
    { status: 401, headers: { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } },
  );

/** An API whose session start needs consent until `consented`; everything else answers empty lists. */
function api(state: { consented: boolean; sessionCalls: number }): FetchLike {
  return async (input, init) => {
    const path = new URL(input, 'http://pane.test').pathname;
    if (path === '/api/session' && init?.method === 'POST') {
      state.sessionCalls++;
      return state.consented ? new Response(JSON.stringify({ address: 'se@contoso.example' }), { status: 200 }) : consentProblem();
    }
    if (path === '/api/tracking') return new Response(JSON.stringify({ watching: false, liveNotifications: false, problem: null }), { status: 200 });
    return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('the sign-in banner', () => {
  it('turns a consent challenge into one interactive request for the Graph scopes, from the click', async () => {
    const state = { consented: false, sessionCalls: 0 };
    const interact = vi.fn(async (_request?: InteractiveRequest) => {
      state.consented = true;
    });
    const auth: AuthProvider = { kind: 'naa', headers: async () => ({ Authorization: 'Bearer t' }), interact };
    const host = new FakeOutlookHost('compose', 'se@contoso.example');
    render(<App host={host} auth={auth} view="declaration" fetch={api(state)} />);

    await screen.findByText('OutlookWin needs your permission to read and send mail as you');
    expect(screen.getByRole('link', { name: ADMIN })).toHaveAttribute('href', ADMIN);
    // Shown, not acted on: nothing interactive happens without the user.
    expect(interact).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Grant access' }));

    await waitFor(() => expect(screen.queryByText('OutlookWin needs your permission to read and send mail as you')).toBeNull());
    expect(interact).toHaveBeenCalledTimes(1);
    expect(interact).toHaveBeenCalledWith({ scopes: GRAPH, claims: null });
    expect(state.sessionCalls).toBeGreaterThanOrEqual(2);
  });

  it('asks once: when consent is still missing after it, it points to the administrator instead of looping', async () => {
    const state = { consented: false, sessionCalls: 0 };
    // The user clicked through, but the tenant lets only administrators consent.
    const interact = vi.fn(async () => undefined);
    const auth: AuthProvider = { kind: 'naa', headers: async () => ({ Authorization: 'Bearer t' }), interact };
    render(<App host={new FakeOutlookHost('compose', 'se@contoso.example')} auth={auth} view="declaration" fetch={api(state)} />);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Grant access' }));

    await screen.findByText('An administrator must consent for your organisation');
    expect(screen.queryByRole('button', { name: 'Grant access' })).toBeNull();
    expect(screen.getByRole('link', { name: ADMIN })).toBeInTheDocument();
    expect(interact).toHaveBeenCalledTimes(1);
  });
});
