import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Entra ID's public side, on loopback: the OpenID metadata document and signing keys the API reads to
 * validate tokens, and v2.0 access tokens signed with a key made here. Only where the keys come from differs from a
 * real tenant; the API validates through its real Microsoft.Identity.Web pipeline.
 */
export interface TestAuthority {
  /** `AzureAd:Instance` for the API (the authority is `{instance}{tenantId}/v2.0`). */
  instance: string;
  tenantId: string;
  clientId: string;
  issuer: string;
  /** A v2.0 access token for the API, as Entra ID would issue to the pane. */
  accessToken(user: { objectId: string; email: string; name: string }): string;
  /** An ID token for the same user (MSAL reads the account from it). */
  idToken(user: { objectId: string; email: string; name: string }): string;
  close(): Promise<void>;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

function sign(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${payload}`);
  return `${header}.${payload}.${base64url(signer.sign(key))}`;
}

export async function startTestAuthority(): Promise<TestAuthority> {
  const tenantId = randomUUID();
  const clientId = randomUUID();
  const kid = 'browser-test-key';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };

  let instance = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://authority.test').pathname;
    const issuer = `${instance}${tenantId}/v2.0`;
    const json = (body: unknown) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (path.endsWith('/.well-known/openid-configuration')) {
      json({
        issuer,
        jwks_uri: `${instance}${tenantId}/discovery/v2.0/keys`,
        authorization_endpoint: `${instance}${tenantId}/oauth2/v2.0/authorize`,
        token_endpoint: `${instance}${tenantId}/oauth2/v2.0/token`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code'],
        subject_types_supported: ['pairwise'],
      });
    } else if (path.endsWith('/keys')) {
      json({ keys: [jwk] });
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  instance = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const issuer = `${instance}${tenantId}/v2.0`;
  const now = () => Math.floor(Date.now() / 1000);

  return {
    instance,
    tenantId,
    clientId,
    issuer,
    accessToken: (user) =>
      sign(
        {
          aud: `api://${clientId}`,
          iss: issuer,
          iat: now() - 60,
          nbf: now() - 60,
          exp: now() + 3600,
          tid: tenantId,
          oid: user.objectId,
          sub: user.objectId,
          preferred_username: user.email,
          name: user.name,
          scp: 'access_as_user',
          azp: clientId,
          ver: '2.0',
        },
        privateKey,
        kid,
      ),
    idToken: (user) =>
      sign(
        {
          aud: clientId,
          iss: issuer,
          iat: now() - 60,
          nbf: now() - 60,
          exp: now() + 3600,
          tid: tenantId,
          oid: user.objectId,
          sub: user.objectId,
          preferred_username: user.email,
          name: user.name,
          ver: '2.0',
        },
        privateKey,
        kid,
      ),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
