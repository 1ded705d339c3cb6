import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefusedRequest } from '../../src/server/alexa-envelope.ts';
import { AlexaRequestVerifier, normaliseCertificateUrl } from '../../src/server/alexa-verifier.ts';
import { httpsCertificateFetcher, type CertificateFetcher } from '../../src/server/certificate-fetch.ts';
import { launchRequest, newSession } from '../../src/skill/envelopes.ts';
import { issue, newKeyPair, signedHeaders, type Issued, type KeyPair } from './test-pki.ts';

const SKILL = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000013';
const NOW = new Date('2026-11-25T18:00:00Z');
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem';
const DAY = 24 * 60 * 60 * 1000;
const at = (offsetMs: number): Date => new Date(NOW.getTime() + offsetMs);

/** A test PKI: a root, an intermediate, and Alexa's signing certificate under them. */
let root: Issued;
let intermediate: Issued;
let signing: Issued;
let chain: string;
/** A key of nobody Alexa trusts, for forgers: RSA keys are slow to make, so one serves every forgery. */
let spare: KeyPair;

beforeAll(() => {
  spare = newKeyPair();
  root = issue({ subject: 'voicecart test root', ca: true, notBefore: at(-365 * DAY), notAfter: at(365 * DAY) });
  intermediate = issue({ subject: 'voicecart test intermediate', issuer: root, ca: true, notBefore: at(-100 * DAY), notAfter: at(100 * DAY) });
  signing = issue({ subject: 'echo-api.amazon.com', issuer: intermediate, dnsNames: ['echo-api.amazon.com'], notBefore: at(-30 * DAY), notAfter: at(30 * DAY) });
  chain = signing.pem + intermediate.pem;
});

/** A fetcher that serves chains from memory and counts every download: "no network" is checkable. */
function memoryFetcher(chains: Record<string, string> = {}): CertificateFetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetch = async (url: URL): Promise<string> => {
    calls.push(url.href);
    const pem = chains[url.href] ?? chain;
    return pem;
  };
  return Object.assign(fetch, { calls });
}

function envelope(overrides: { timestamp?: string; applicationId?: string; type?: string } = {}): string {
  const request = launchRequest({ userId: 'amzn1.ask.account.verified', applicationId: overrides.applicationId ?? SKILL }, newSession(), NOW);
  return JSON.stringify({
    ...request,
    request: { ...request.request, ...(overrides.timestamp === undefined ? {} : { timestamp: overrides.timestamp }), ...(overrides.type === undefined ? {} : { type: overrides.type }) },
  });
}

function verifierWith(fetchCertificate: CertificateFetcher, options: { now?: () => Date; cacheSize?: number; skillId?: string } = {}): AlexaRequestVerifier {
  return new AlexaRequestVerifier({ skillId: options.skillId ?? SKILL, now: options.now ?? (() => NOW), trustedRoots: [root.pem], fetchCertificate, ...(options.cacheSize === undefined ? {} : { cacheSize: options.cacheSize }) });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RefusedRequest) return error.reason;
    throw error;
  }
  throw new Error('the request was accepted');
}

describe('verifying that a request is Alexa’s, for this skill, now', () => {
  it('accepts a request signed with Alexa’s certificate, fetching the chain once and reusing it', async () => {
    const fetcher = memoryFetcher();
    const verifier = verifierWith(fetcher);
    for (let i = 0; i < 3; i++) {
      const body = envelope();
      const { envelope: checked } = await verifier.verify(body, signedHeaders(body, signing.keys, CERT_URL));
      expect(checked.context.System.user.userId).toBe('amzn1.ask.account.verified');
    }
    expect(fetcher.calls).toEqual([CERT_URL]);
  });

  it('reads the older SHA-1 Signature only when no Signature-256 was sent', async () => {
    const body = envelope();
    const sha1 = sign('sha1', Buffer.from(body), signing.keys.privateKey).toString('base64');
    const verifier = verifierWith(memoryFetcher());
    await expect(verifier.verify(body, { signaturecertchainurl: CERT_URL, signature: sha1 })).resolves.toBeDefined();
    const wrong256 = signedHeaders(envelope(), signing.keys, CERT_URL)['signature-256'] ?? '';
    expect(await refusal(verifier.verify(body, { signaturecertchainurl: CERT_URL, signature: sha1, 'signature-256': wrong256 }))).toBe(
      'the signature does not match the body',
    );
  });

  describe('the certificate URL, normalised and checked before anything is fetched', () => {
    it.each([
      ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'not https'],
      ['https://notamazon.com/echo.api/echo-api-cert.pem', 'not on s3.amazonaws.com'],
      ['https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', 'not on s3.amazonaws.com'],
      ['https://s3.amazonaws.com./echo.api/echo-api-cert.pem', 'not on s3.amazonaws.com'],
      ['https://evil.example/s3.amazonaws.com/echo.api/cert.pem', 'not on s3.amazonaws.com'],
      ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', 'not on port 443'],
      ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/echo.api/../evil/cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/echo.api/.%2E/evil/cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/echo.api\\..\\evil\\cert.pem', 'not under /echo.api/'],
      ['https://s3.amazonaws.com/echo.api/..%2fevil/cert.pem', 'hides a path in its encoding'],
      ['https://s3.amazonaws.com/echo.api/%2e%2e%5cevil/cert.pem', 'hides a path in its encoding'],
      ['https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert.pem', 'carries credentials'],
      ['//s3.amazonaws.com/echo.api/echo-api-cert.pem', 'not a URL'],
      ['', 'header is missing'],
    ])('refuses %s (%s) without fetching', async (url, reason) => {
      const fetcher = memoryFetcher();
      const body = envelope();
      expect(await refusal(verifierWith(fetcher).verify(body, signedHeaders(body, signing.keys, url)))).toContain(reason);
      expect(fetcher.calls).toEqual([]);
    });

    it('accepts what normalises to Amazon’s URL: any case of scheme and host, port 443, a harmless dot segment', async () => {
      const fetcher = memoryFetcher();
      const verifier = verifierWith(fetcher);
      for (const url of [
        'HTTPS://S3.AmazonAWS.com/echo.api/echo-api-cert-13.pem',
        'https://s3.amazonaws.com:443/echo.api/echo-api-cert-13.pem',
        'https://s3.amazonaws.com/echo.api/../echo.api/./echo-api-cert-13.pem',
      ]) {
        expect(normaliseCertificateUrl(url).href).toBe(CERT_URL);
        const body = envelope();
        await verifier.verify(body, signedHeaders(body, signing.keys, url));
      }
      // One cache entry, keyed by the normalised URL: the three spellings fetched once.
      expect(fetcher.calls).toEqual([CERT_URL]);
    });
  });

  describe('the envelope, its timestamp and its skill, checked before anything is fetched', () => {
    it.each([
      ['151 seconds old', { timestamp: at(-151_000).toISOString() }, 'too far from now'],
      ['151 seconds in the future', { timestamp: at(151_000).toISOString() }, 'too far from now'],
      ['a day old', { timestamp: at(-DAY).toISOString() }, 'too far from now'],
      ['not a date', { timestamp: 'yesterday' }, 'not a date'],
      ['a date, but not ISO 8601', { timestamp: 'Wed, 25 Nov 2026 18:00:00 GMT' }, 'not a date'],
      ['an impossible date', { timestamp: '2026-13-45T99:00:00Z' }, 'not a date'],
      ['for another skill', { applicationId: 'amzn1.ask.skill.someone-else' }, 'another skill'],
      ['a skill event two hours late', { type: 'AlexaSkillEvent.SkillEnabled', timestamp: at(-2 * 60 * 60 * 1000).toISOString() }, 'too far from now'],
    ])('refuses a request %s', async (_, overrides, reason) => {
      const fetcher = memoryFetcher();
      const body = envelope(overrides);
      expect(await refusal(verifierWith(fetcher).verify(body, signedHeaders(body, signing.keys, CERT_URL)))).toContain(reason);
      expect(fetcher.calls).toEqual([]);
    });

    it('accepts a request within 150 seconds either way, and a skill event up to an hour late', async () => {
      const verifier = verifierWith(memoryFetcher());
      for (const overrides of [{ timestamp: at(-150_000).toISOString() }, { timestamp: at(150_000).toISOString() }, { type: 'AlexaSkillEvent.SkillEnabled', timestamp: at(-59 * 60 * 1000).toISOString() }]) {
        const body = envelope(overrides);
        await expect(verifier.verify(body, signedHeaders(body, signing.keys, CERT_URL))).resolves.toBeDefined();
      }
    });

    it.each([
      ['not JSON', '{"version": "1.0", '],
      ['JSON, but no envelope', '{"hello": "world"}'],
      ['an envelope without a timestamp', JSON.stringify({ version: '1.0', context: { System: { user: { userId: 'u' } } }, request: { type: 'LaunchRequest', requestId: 'r' } })],
    ])('refuses a body that is %s', async (_, body) => {
      const fetcher = memoryFetcher();
      await refusal(verifierWith(fetcher).verify(body, signedHeaders(body, signing.keys, CERT_URL)));
      expect(fetcher.calls).toEqual([]);
    });

    it('refuses a request without a signature, or with one that is not base64', async () => {
      const body = envelope();
      const fetcher = memoryFetcher();
      expect(await refusal(verifierWith(fetcher).verify(body, { signaturecertchainurl: CERT_URL }))).toContain('signature header is missing');
      expect(await refusal(verifierWith(fetcher).verify(body, { signaturecertchainurl: CERT_URL, 'signature-256': 'not base64!' }))).toContain('not base64');
      expect(fetcher.calls).toEqual([]);
    });
  });

  describe('the signing chain and the signature', () => {
    it('refuses a body changed after it was signed, and a body signed by another key', async () => {
      const verifier = verifierWith(memoryFetcher());
      const body = envelope();
      const headers = signedHeaders(body, signing.keys, CERT_URL);
      expect(await refusal(verifier.verify(body.replace('verified', 'forged!!'), headers))).toBe('the signature does not match the body');
      expect(await refusal(verifier.verify(body, signedHeaders(body, spare, CERT_URL)))).toBe('the signature does not match the body');
    });

    /** A forged signing certificate and the chain served with it. */
    const under = (issuer: Issued, names: readonly string[], notBefore = at(-DAY), notAfter = at(DAY)): [Issued, string] => {
      const forged = issue({ subject: 'echo-api.amazon.com', issuer, dnsNames: names, notBefore, notAfter, keys: signing.keys });
      return [forged, forged.pem + issuer.pem];
    };
    it.each([
      ['not for echo-api.amazon.com', () => under(intermediate, ['evil.example']), 'not for echo-api.amazon.com'],
      ['naming it only as a lookalike', () => under(intermediate, ['echo-api.amazon.com.evil.example', '*.amazon.com']), 'not for echo-api.amazon.com'],
      ['expired', () => under(intermediate, ['echo-api.amazon.com'], at(-30 * DAY), at(-DAY)), 'not valid now'],
      ['not yet valid', () => under(intermediate, ['echo-api.amazon.com'], at(DAY), at(30 * DAY)), 'not valid now'],
      ['issued by a CA nobody trusts', () => under(issue({ subject: 'rogue root', ca: true, notBefore: at(-DAY), notAfter: at(DAY), keys: spare }), ['echo-api.amazon.com']), 'trusted root'],
      ['self-signed', (): [Issued, string] => {
        const selfSigned = issue({ subject: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com'], notBefore: at(-DAY), notAfter: at(DAY), keys: spare });
        return [selfSigned, selfSigned.pem];
      }, 'trusted root'],
      ['issued by a certificate that is not a CA', () => {
        const notCa = issue({ subject: 'voicecart test intermediate', issuer: root, dnsNames: ['echo-api.amazon.com'], notBefore: at(-DAY), notAfter: at(DAY), keys: spare });
        return under(notCa, ['echo-api.amazon.com']);
      }, 'chain is broken'],
      ['whose intermediate has expired', () => {
        const lapsed = issue({ subject: 'voicecart lapsed intermediate', issuer: root, ca: true, notBefore: at(-100 * DAY), notAfter: at(-DAY), keys: spare });
        return under(lapsed, ['echo-api.amazon.com']);
      }, 'not valid now'],
    ])('refuses a signing certificate %s', async (_, make, reason) => {
      const [forged, served] = make();
      const fetcher = memoryFetcher({ [CERT_URL]: served });
      const body = envelope();
      expect(await refusal(verifierWith(fetcher).verify(body, signedHeaders(body, forged.keys, CERT_URL)))).toContain(reason);
    });

    it('refuses a chain missing its intermediate, a chain out of order, and one that is not PEM', async () => {
      const body = envelope();
      const headers = signedHeaders(body, signing.keys, CERT_URL);
      for (const [pem, reason] of [
        [signing.pem, 'trusted root'],
        [intermediate.pem + signing.pem, 'not for echo-api.amazon.com'],
        ['<html>Access Denied</html>', 'not a PEM chain'],
        ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', 'does not parse'],
      ] as const) {
        expect(await refusal(verifierWith(memoryFetcher({ [CERT_URL]: pem })).verify(body, headers))).toContain(reason);
      }
    });

    it('never caches a failure: a chain that failed once is fetched again on the next request', async () => {
      let served = '<html>busy</html>';
      const fetcher = memoryFetcher();
      const flaky = Object.assign(async (url: URL) => {
        await fetcher(url);
        return served;
      }, { calls: fetcher.calls });
      const verifier = verifierWith(flaky);
      const body = envelope();
      await refusal(verifier.verify(body, signedHeaders(body, signing.keys, CERT_URL)));
      served = chain;
      await expect(verifier.verify(body, signedHeaders(body, signing.keys, CERT_URL))).resolves.toBeDefined();
      expect(fetcher.calls).toHaveLength(2);
    });

    it('checks a cached chain’s validity each time it is used, and refuses it once expired', async () => {
      let now = NOW;
      const fetcher = memoryFetcher();
      const verifier = verifierWith(fetcher, { now: () => now });
      const first = envelope();
      await verifier.verify(first, signedHeaders(first, signing.keys, CERT_URL));
      now = at(31 * DAY);
      const later = JSON.stringify({ ...JSON.parse(first), request: { ...JSON.parse(first).request, timestamp: now.toISOString() } });
      expect(await refusal(verifier.verify(later, signedHeaders(later, signing.keys, CERT_URL)))).toContain('not valid now');
      expect(fetcher.calls).toHaveLength(2);
    });

    it('keeps a bounded number of chains, forgetting the least recently used', async () => {
      const fetcher = memoryFetcher();
      const verifier = verifierWith(fetcher, { cacheSize: 2 });
      const urls = ['a', 'b', 'a', 'c', 'a', 'b'].map((name) => `https://s3.amazonaws.com/echo.api/${name}.pem`);
      for (const url of urls) {
        const body = envelope();
        await verifier.verify(body, signedHeaders(body, signing.keys, url));
      }
      // a, b fetched; a reused; c evicts b; a reused; b fetched again.
      expect(fetcher.calls.map((url) => url.slice(-5))).toEqual(['a.pem', 'b.pem', 'c.pem', 'b.pem']);
    });

    it('fetches a new chain once for a burst of requests naming it', async () => {
      const fetcher = memoryFetcher();
      const verifier = verifierWith(fetcher);
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          const body = envelope();
          await verifier.verify(body, signedHeaders(body, signing.keys, CERT_URL));
        }),
      );
      expect(fetcher.calls).toHaveLength(1);
    });
  });
});

describe('downloading a chain over HTTPS, with a deadline and a size cap', () => {
  let server: Server;
  let port: number;
  let serverCa: Issued;
  /** What the local "S3" does for each path. */
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/echo.api/good.pem': (_req, res) => res.end(chain),
    '/echo.api/silent.pem': () => undefined,
    '/echo.api/trickle.pem': (_req, res) => {
      res.write('-----BEGIN CERTIFICATE-----\n');
      const drip = setInterval(() => res.write('A'), 20);
      res.on('close', () => clearInterval(drip));
    },
    '/echo.api/huge-declared.pem': (_req, res) => {
      res.setHeader('content-length', String(10 * 1024 * 1024));
      res.write('x'.repeat(1024));
    },
    '/echo.api/huge-chunked.pem': (_req, res) => {
      const block = 'x'.repeat(16 * 1024);
      let sent = 0;
      const more = (): void => {
        while (sent < 200 && res.write(block)) sent++;
        if (sent < 200 && !res.destroyed) res.once('drain', more);
      };
      more();
    },
    '/echo.api/moved.pem': (_req, res) => {
      res.statusCode = 302;
      res.setHeader('location', 'https://evil.example/cert.pem');
      res.end();
    },
  };

  beforeAll(async () => {
    // The local server stands in for s3.amazonaws.com with a certificate from a test CA; the
    // fetcher is told to connect to it and trust that CA, and nothing else changes.
    const validNow = { notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + DAY) };
    serverCa = issue({ subject: 'voicecart test TLS root', ca: true, ...validNow, keys: spare });
    const tlsCert = issue({ subject: 's3.amazonaws.com', issuer: serverCa, dnsNames: ['s3.amazonaws.com'], ...validNow, keys: signing.keys });
    server = createServer({ key: tlsCert.keys.privateKey, cert: tlsCert.pem }, (req, res) => {
      const route = routes[req.url ?? ''];
      if (route === undefined) {
        res.statusCode = 404;
        res.end('no such key');
      } else route(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    port = address.port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const fetcher = (timeoutMs = 1000): CertificateFetcher =>
    httpsCertificateFetcher({ timeoutMs, connectTo: { host: '127.0.0.1', port }, ca: [serverCa.pem] });

  async function verifyVia(path: string, timeoutMs?: number): Promise<string | 'accepted'> {
    const verifier = verifierWith(fetcher(timeoutMs));
    const body = envelope();
    try {
      await verifier.verify(body, signedHeaders(body, signing.keys, `https://s3.amazonaws.com${path}`));
      return 'accepted';
    } catch (error) {
      if (error instanceof RefusedRequest) return error.reason;
      throw error;
    }
  }

  it('accepts a request whose chain it downloaded from the bucket', async () => {
    expect(await verifyVia('/echo.api/good.pem')).toBe('accepted');
  });

  it('gives up on a server that never answers, or trickles, once the deadline passes', async () => {
    expect(await verifyVia('/echo.api/silent.pem', 150)).toContain('took over 150 ms');
    expect(await verifyVia('/echo.api/trickle.pem', 150)).toContain('took over 150 ms');
  });

  it('stops reading a chain over 64 KB, whether declared or streamed', async () => {
    expect(await verifyVia('/echo.api/huge-declared.pem')).toContain('over 65536 bytes');
    expect(await verifyVia('/echo.api/huge-chunked.pem')).toContain('over 65536 bytes');
  });

  it('follows no redirect and accepts no error page', async () => {
    expect(await verifyVia('/echo.api/moved.pem')).toContain('answered 302');
    expect(await verifyVia('/echo.api/missing.pem')).toContain('answered 404');
  });

  it('refuses a server whose TLS certificate it does not trust', async () => {
    const untrusting = httpsCertificateFetcher({ timeoutMs: 1000, connectTo: { host: '127.0.0.1', port }, ca: [root.pem] });
    const body = envelope();
    const reason = await refusal(verifierWith(untrusting).verify(body, signedHeaders(body, signing.keys, 'https://s3.amazonaws.com/echo.api/good.pem')));
    expect(reason).toContain('could not be downloaded');
  });
});
