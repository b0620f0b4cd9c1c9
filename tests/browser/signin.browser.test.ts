import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApi, type RunningApi } from './apiServer';
import { CHROMIUM_ARGS } from './chromium';
import { startTestAuthority, type TestAuthority } from './testAuthority';

// The API in Production with Entra ID settings whose authority (metadata, signing key) this test controls, and the
// pane's real built bundle (taskpane.html) in Chromium. Office.js comes from its CDN address, answered here with the
// least of Outlook the pane needs — including the host's nested app authentication bridge, which answers MSAL's
// token requests with a test-key token: MSAL itself runs unchanged, replaced only at the token boundary.

const chromiumPath = inject('chromiumPath');

/** The Office.js the pane gets in this test: a read item, NestedAppAuth 1.1, and the host's token bridge. */
function officeJs(answer: { accessToken: string; idToken: string; tenantId: string; objectId: string; email: string }): string {
  return `
(() => {
  const tokenRequests = [];
  window.__tokenRequests = tokenRequests;
  const listeners = [];
  const reply = (message) => setTimeout(() => listeners.forEach((l) => l(JSON.stringify(message))), 0);
  window.nestedAppAuthBridge = {
    addEventListener: (type, listener) => { if (type === 'message') listeners.push(listener); },
    removeEventListener: () => {},
    postMessage: (raw) => {
      const request = JSON.parse(raw);
      const base = { messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: true };
      if (request.method === 'GetInitContext') {
        reply({ ...base, initContext: { sdkName: 'outlookwin-test-host', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } });
        return;
      }
      tokenRequests.push({ method: request.method, scope: request.tokenParams && request.tokenParams.scope });
      reply({
        ...base,
        token: { access_token: ${JSON.stringify(answer.accessToken)}, id_token: ${JSON.stringify(answer.idToken)}, expires_in: 3600,
                 properties: null, scope: request.tokenParams && request.tokenParams.scope },
        account: { homeAccountId: ${JSON.stringify(`${answer.objectId}.${answer.tenantId}`)}, environment: 'login.microsoftonline.com',
                   tenantId: ${JSON.stringify(answer.tenantId)}, username: ${JSON.stringify(answer.email)},
                   localAccountId: ${JSON.stringify(answer.objectId)}, name: 'Alex Morgan' },
      });
    },
  };
  const Succeeded = 'succeeded';
  window.Office = {
    AsyncResultStatus: { Succeeded, Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    onReady: (callback) => { const info = { host: 'Outlook', platform: 'OfficeOnline' }; if (callback) callback(info); return Promise.resolve(info); },
    context: {
      host: 'Outlook',
      requirements: { isSetSupported: (name, version) => name === 'NestedAppAuth' || name === 'Mailbox' },
      mailbox: {
        userProfile: { emailAddress: ${JSON.stringify(answer.email)}, displayName: 'Alex Morgan', timeZone: 'UTC' },
        item: { itemType: 'message', subject: 'Technical readout', addHandlerAsync: (t, h, cb) => cb && cb({ status: Succeeded }) },
        addHandlerAsync: (type, handler, callback) => callback && callback({ status: Succeeded }),
        displayNewMessageForm: () => {},
      },
      ui: {},
    },
  };
})();`;
}

describe.skipIf(!chromiumPath)('Sign-in against Entra ID settings (Production)', () => {
  let authority: TestAuthority;
  let api: RunningApi;
  let browser: Browser;

  beforeAll(async () => {
    authority = await startTestAuthority();
    api = await startApi({
      environment: 'Production',
      timeoutMs: 120_000,
      env: {
        AzureAd__Instance: authority.instance,
        AzureAd__TenantId: authority.tenantId,
        AzureAd__ClientId: authority.clientId,
        AzureAd__Audience: `api://${authority.clientId}`,
        // Never used: no Graph call is made here.
        AzureAd__ClientSecret: 'unused-in-this-test',
        Tracking__PublicBaseUrl: 'https://outlookwin.example/',
        Tracking__RunWorkers: 'false',
        // ASP.NET Core's own JwtBearer settings: the test authority is plain http on loopback, where Entra ID is https.
        Authentication__Schemes__Bearer__RequireHttpsMetadata: 'false',
        Authentication__Schemes__Bearer__ValidIssuers__0: authority.issuer,
      },
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await authority?.close();
  });

  it('the pane reads its sign-in settings from /api/config and calls the API with a bearer token, never the dev header', async () => {
    const user = { objectId: randomUUID(), email: 'alex.morgan@contoso.example', name: 'Alex Morgan' };
    const accessToken = authority.accessToken(user);
    // A plan the signed-in user already has, made with the same kind of token: the pane must list it.
    const seeded = await fetch(`${api.baseUrl}/api/plans`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        prospect: 'Contoso', dealName: 'Contoso production sign-in POV', povStart: '2026-11-10', povEnd: '2026-11-24', readoutDate: '2026-11-24',
        accountExecutive: { name: 'Jordan Lee', email: 'jordan@fabrikam.example' },
        leadEngineer: { name: 'Dana Kim', email: 'dana@contoso.example' },
        economicBuyer: { name: 'Priya Shah', title: 'VP of Engineering', email: 'priya@contoso.example' },
        criteria: [{ title: 'Reduce MTTR', metric: 'MTTR reduction', unit: 'percent', direction: 'higher_is_better', target: 40, measured: 43, status: 'proven', mandatory: true }],
      }),
    });
    expect(seeded.status, await seeded.clone().text()).toBe(201);

    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: officeJs({ accessToken, idToken: authority.idToken(user), tenantId: authority.tenantId, objectId: user.objectId, email: user.email }),
        }),
      );
      // Nothing else leaves the machine: Entra ID and Microsoft's CDNs are out of reach here.
      await page.route(/^https:\/\/(?!appsforoffice)/, (route) => route.abort());
      const apiRequests: Request[] = [];
      const statuses = new Map<string, number>();
      page.on('request', (request) => {
        if (request.url().startsWith(`${api.baseUrl}/api/`)) apiRequests.push(request);
      });
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === api.baseUrl) statuses.set(`${response.request().method()} ${url.pathname}`, response.status());
      });

      await page.goto(`${api.baseUrl}/taskpane.html`);
      // The pane lists the user's plans (in its plan picker) once it called the API as them.
      await page.locator('option', { hasText: 'Contoso production sign-in POV' }).waitFor({ state: 'attached', timeout: 30_000 });

      const paths = apiRequests.map((r) => `${r.method()} ${new URL(r.url()).pathname}`);
      expect(paths).toContain('GET /api/config');
      expect(paths).toContain('GET /api/plans');
      expect(statuses.get('GET /api/config')).toBe(200);
      expect(statuses.get('GET /api/plans')).toBe(200);
      for (const request of apiRequests) {
        const headers = await request.allHeaders();
        expect(headers['x-dev-user'], `${request.method()} ${request.url()} carried X-Dev-User`).toBeUndefined();
        if (new URL(request.url()).pathname !== '/api/config') {
          expect(headers['authorization'], `${request.method()} ${request.url()}`).toBe(`Bearer ${accessToken}`);
        }
      }
      // The config call is anonymous: the pane had no token before it knew where to get one.
      const config = apiRequests.find((r) => new URL(r.url()).pathname === '/api/config')!;
      expect((await config.allHeaders())['authorization']).toBeUndefined();
      // MSAL asked the host for the API's scope, as /api/config named it.
      const tokenRequests = (await page.evaluate(() => (window as unknown as { __tokenRequests: { scope: string }[] }).__tokenRequests)) ?? [];
      expect(tokenRequests.length).toBeGreaterThan(0);
      expect(tokenRequests[0]!.scope).toContain(`api://${authority.clientId}/access_as_user`);
    } finally {
      await context.close();
    }
  });
});
