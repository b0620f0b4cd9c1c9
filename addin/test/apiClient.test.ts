import { describe, expect, it, vi } from 'vitest';
import { createDevelopmentAuth, type AuthProvider } from '../src/auth/AuthProvider';
import { createAuth } from '../src/auth/createAuth';
import { createApiClient, fileNameOf } from '../src/api/client';
import { ApiError, normaliseFieldPath } from '../src/api/problem';
import { contosoPlan, FakeOutlookWinApi } from './fakeApi';

const devAuth = (email = 'se@fabrikam.example') => createDevelopmentAuth(() => email);

function stubFetch(status: number, body: string | null, contentType = 'application/problem+json') {
  return vi.fn(async (_input: string, _init?: RequestInit) =>
    new Response(body, { status, headers: body === null ? {} : { 'Content-Type': contentType } }),
  );
}

describe('api client', () => {
  it('signs every request in with X-Dev-User in Development sign-in', async () => {
    const fake = new FakeOutlookWinApi();
    const api = createApiClient({ auth: devAuth('se@fabrikam.example'), fetch: fake.fetch });
    const created = await api.createPlan(contosoPlan());
    await api.listPlans();
    await api.getPlan(created.id);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/plans',
      'GET /api/plans',
      `GET /api/plans/${created.id}`,
    ]);
    expect(fake.requests.every((r) => r.headers['x-dev-user'] === 'se@fabrikam.example')).toBe(true);
    expect(fake.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('reads the signed-in address on each request, so a changed mailbox user is honoured', async () => {
    let email = 'one@example.test';
    const fake = new FakeOutlookWinApi();
    const api = createApiClient({ auth: createDevelopmentAuth(() => email), fetch: fake.fetch });
    await api.listPlans();
    email = 'two@example.test';
    await api.listPlans();
    expect(fake.requests.map((r) => r.headers['x-dev-user'])).toEqual(['one@example.test', 'two@example.test']);
  });

  it('injects whatever headers the auth provider gives (bearer token for NAA)', async () => {
    const auth: AuthProvider = { kind: 'naa', headers: async () => ({ Authorization: 'Bearer test-token' }) };
    const fetch = stubFetch(200, '[]', 'application/json');
    await createApiClient({ auth, fetch, baseUrl: 'https://api.example.test/' }).listPlans();
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://api.example.test/api/plans');
    expect((init?.headers as Record<string, string>)['Authorization']).toBe('Bearer test-token');
  });

  it('opens the declaration event stream with the bearer token, and rejects when the API refuses it', async () => {
    const auth: AuthProvider = { kind: 'naa', headers: async () => ({ Authorization: 'Bearer test-token' }) };
    const fetch = stubFetch(200, 'event: ready\ndata: {}\n\n', 'text/event-stream');
    const controller = new AbortController();
    const body = await createApiClient({ auth, fetch }).openDeclarationEvents({ signal: controller.signal });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/declarations/events');
    expect(init?.signal).toBe(controller.signal);
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer test-token', Accept: 'text/event-stream' });
    expect(await new Response(body).text()).toBe('event: ready\ndata: {}\n\n');

    const refused = createApiClient({ auth, fetch: stubFetch(401, '{"title":"Unauthorized","status":401}') });
    await expect(refused.openDeclarationEvents({ signal: controller.signal })).rejects.toBeInstanceOf(ApiError);
  });

  it('sends mail once: a dropped forward is retried with the same Idempotency-Key, a new action gets a new key', async () => {
    let calls = 0;
    const fetch = vi.fn(async (_input: string, _init?: RequestInit) => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response('{"id":"d1"}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const api = createApiClient({ auth: devAuth(), fetch });

    await api.forward('d1', { again: false });
    await api.sendDeclaration('d2');

    const keys = fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('does not repeat a send the API answered, even with an error', async () => {
    const fetch = stubFetch(409, JSON.stringify({ title: 'Already being sent.', status: 409 }));
    const api = createApiClient({ auth: devAuth(), fetch });
    const error = (await api.forward('d1', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(409);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('parses ValidationProblemDetails and keys errors by normalised field path', async () => {
    const problem = {
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { 'Criteria[2].Blocker.FixDue': ['A blocked criterion needs the date its fix is due.'], 'leadEngineer.email': ['Enter an email address.'] },
    };
    const api = createApiClient({ auth: devAuth(), fetch: stubFetch(400, JSON.stringify(problem)) });
    const error = await api.createPlan(contosoPlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('One or more validation errors occurred.');
    expect(apiError.fieldErrors).toEqual({
      'criteria[2].blocker.fixDue': ['A blocked criterion needs the date its fix is due.'],
      'leadEngineer.email': ['Enter an email address.'],
    });
  });

  it('carries the reasons of a 422 from the preview', async () => {
    const problem = { title: 'No declaration applies', status: 422, detail: 'Not yet.', reasons: ['Criterion 1 was not proven.'] };
    const api = createApiClient({ auth: devAuth(), fetch: stubFetch(422, JSON.stringify(problem)) });
    const error = (await api.previewDeclaration('abc').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(422);
    expect(error.reasons).toEqual(['Criterion 1 was not proven.']);
    expect(error.message).toBe('Not yet.');
  });

  it('describes a failure whose body is not JSON by its status', async () => {
    const api = createApiClient({ auth: devAuth(), fetch: stubFetch(502, '<html>Bad gateway</html>', 'text/html') });
    const error = (await api.listPlans().catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.status).toBe(502);
    expect(error.fieldErrors).toEqual({});
  });

  it('treats 204 from DELETE as success and escapes ids in paths', async () => {
    const fetch = stubFetch(204, null);
    await expect(createApiClient({ auth: devAuth(), fetch }).deletePlan('a/b')).resolves.toBeUndefined();
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/plans/a%2Fb');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
  });

  it('calls the evidence routes with the sign-in headers, and downloads the pack as a Blob with its file name', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      if (url.endsWith('/evidence-pack')) {
        return new Response(new Uint8Array([1, 2, 3]), {
          status: 200,
          headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="evidence-contoso-2026-11-26.zip"' },
        });
      }
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const api = createApiClient({ auth: devAuth(), fetch, baseUrl: 'https://api.example.test' });
    await api.previewForward('d1');
    await api.forward('d1', { note: 'Hi Priya', again: true });
    await api.overrideVerdict('d1', { verdict: 'confirmed', reason: 'On the call.' });
    await api.listEvidence('d1');
    await api.verifyEvidence('d1');
    await api.previewFollowUp('d1');
    await api.createFollowUp('d1', { send: true });
    const pack = await api.downloadEvidencePack('d1');
    expect(calls.map((c) => `${c.init?.method} ${c.url.replace('https://api.example.test', '')}`)).toEqual([
      'GET /api/declarations/d1/forward',
      'POST /api/declarations/d1/forward',
      'POST /api/declarations/d1/override',
      'GET /api/declarations/d1/evidence',
      'GET /api/declarations/d1/evidence/verify',
      'GET /api/declarations/d1/follow-up',
      'POST /api/declarations/d1/follow-up',
      'GET /api/declarations/d1/evidence-pack',
    ]);
    expect(calls.map((c) => (c.init?.body ? JSON.parse(c.init.body as string) : null)).filter(Boolean)).toEqual([
      { note: 'Hi Priya', again: true },
      { verdict: 'confirmed', reason: 'On the call.' },
      { send: true },
    ]);
    expect(calls.every((c) => (c.init?.headers as Record<string, string>)['X-Dev-User'] === 'se@fabrikam.example')).toBe(true);
    expect(pack.fileName).toBe('evidence-contoso-2026-11-26.zip');
    expect(pack.blob.size).toBe(3);
  });

  it('asks for the signed evidence-pack link and records the compose item, signed in like every call', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      const answer = url.endsWith('/link') ? { url: 'https://api.example.test/signed?token=t', expiresAt: '2026-11-30T12:05:00Z' } : { id: 'd 1' };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const api = createApiClient({ auth: devAuth(), fetch, baseUrl: 'https://api.example.test' });
    await expect(api.createEvidencePackLink('d 1')).resolves.toEqual({ url: 'https://api.example.test/signed?token=t', expiresAt: '2026-11-30T12:05:00Z' });
    await api.recordComposeItem('d 1', 'AAkALgAA-x_y');
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      'POST https://api.example.test/api/declarations/d%201/evidence-pack/link',
      'PUT https://api.example.test/api/declarations/d%201/compose-item',
    ]);
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual({ itemId: 'AAkALgAA-x_y' });
    expect(calls.every((c) => (c.init?.headers as Record<string, string>)['X-Dev-User'] === 'se@fabrikam.example')).toBe(true);
  });

  it('reads the file name from Content-Disposition, preferring filename*, never a folder', () => {
    expect(fileNameOf('attachment; filename=evidence.zip; filename*=UTF-8\'\'evidence-M%C3%BCller.zip', 'x.zip')).toBe('evidence-Müller.zip');
    expect(fileNameOf('attachment; filename="a b.zip"', 'x.zip')).toBe('a b.zip');
    expect(fileNameOf('attachment; filename=../../etc/passwd', 'x.zip')).toBe('passwd');
    expect(fileNameOf('attachment', 'x.zip')).toBe('x.zip');
    expect(fileNameOf(null, 'x.zip')).toBe('x.zip');
  });

  it('normalises field paths from any casing or JSON path prefix', () => {
    expect(normaliseFieldPath('$.criteria[0].target')).toBe('criteria[0].target');
    expect(normaliseFieldPath('EconomicBuyer.Email')).toBe('economicBuyer.email');
    expect(normaliseFieldPath('prospect')).toBe('prospect');
  });
});
