import { X509Certificate, verify as verifySignature } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import tls from 'node:tls';
import { checkSkillId, parseEnvelope, RefusedRequest, type AlexaEnvelope } from './alexa-envelope.ts';
import { httpsCertificateFetcher, type CertificateFetcher } from './certificate-fetch.ts';

/** Alexa's rules for a request sent to a web service: Amazon's "host a custom skill as a web service". */
const CERT_URL_HOST = 's3.amazonaws.com';
const CERT_URL_PATH = '/echo.api/';
const SIGNING_NAME = 'echo-api.amazon.com';
const REQUEST_TOLERANCE_MS = 150_000;
/** Skill events (enabled, linked…) may be delivered up to an hour late. */
const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
/** A signing certificate and its intermediates; anything longer is not what Alexa sends. */
const MAX_CHAIN_LENGTH = 5;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export interface AlexaVerifierOptions {
  /** The skill id from the developer console; requests for any other skill are refused. */
  readonly skillId?: string | undefined;
  readonly now?: () => Date;
  /** PEM roots a chain must end in: Node's trusted CAs by default, a test CA in tests. */
  readonly trustedRoots?: readonly string[];
  readonly fetchCertificate?: CertificateFetcher;
  /** How many signing certificates are kept, most recently used first. */
  readonly cacheSize?: number;
}

interface TrustedChain {
  readonly signing: X509Certificate;
  /** The window in which every certificate of the chain is valid. */
  readonly validFrom: number;
  readonly validTo: number;
}

/**
 * Checks that a request really comes from Alexa, for this skill, now: everything that needs no
 * network first (the certificate URL, the envelope, the timestamp, the skill id), so a stale,
 * malformed or foreign request never makes the server fetch anything; then the signing chain,
 * fetched with a deadline and a size cap, verified to a trusted root and cached while valid;
 * last, the signature over the raw body.
 */
export class AlexaRequestVerifier {
  readonly #skillId: string | undefined;
  readonly #now: () => Date;
  readonly #roots: readonly X509Certificate[];
  readonly #fetch: CertificateFetcher;
  readonly #cacheSize: number;
  /** Keyed by the normalised URL; a Map iterates oldest first, so re-inserting on use makes it an LRU. */
  readonly #cache = new Map<string, TrustedChain>();
  /** Downloads under way, so a burst of requests naming one new URL fetches it once. */
  readonly #inFlight = new Map<string, Promise<TrustedChain>>();

  constructor(options: AlexaVerifierOptions = {}) {
    this.#skillId = options.skillId;
    this.#now = options.now ?? (() => new Date());
    this.#roots = (options.trustedRoots ?? defaultRoots()).map((pem) => new X509Certificate(pem));
    this.#fetch = options.fetchCertificate ?? httpsCertificateFetcher();
    this.#cacheSize = options.cacheSize ?? 16;
  }

  /** The envelope when the request is Alexa's for this skill; otherwise a RefusedRequest saying why. */
  async verify(body: string, headers: IncomingHttpHeaders): Promise<{ json: unknown; envelope: AlexaEnvelope }> {
    const certUrl = normaliseCertificateUrl(singleHeader(headers, 'signaturecertchainurl'));
    const signature = signatureOf(headers);
    const parsed = parseEnvelope(body);
    const now = this.#now().getTime();
    checkTimestamp(parsed.envelope, now);
    if (this.#skillId !== undefined) checkSkillId(parsed.envelope, this.#skillId);
    const chain = await this.#chainFor(certUrl, now);
    const valid = verifySignature(signature.algorithm, Buffer.from(body, 'utf8'), chain.signing.publicKey, signature.bytes);
    if (!valid) throw new RefusedRequest('the signature does not match the body');
    return parsed;
  }

  async #chainFor(url: URL, now: number): Promise<TrustedChain> {
    const key = url.href;
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      this.#cache.delete(key);
      // A certificate that expired since it was cached is fetched again, never trusted on memory.
      if (now >= cached.validFrom && now <= cached.validTo) {
        this.#cache.set(key, cached);
        return cached;
      }
    }
    let download = this.#inFlight.get(key);
    if (download === undefined) {
      download = this.#download(url, now).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, download);
    }
    const chain = await download;
    this.#cache.set(key, chain);
    while (this.#cache.size > this.#cacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    return chain;
  }

  async #download(url: URL, now: number): Promise<TrustedChain> {
    let pem: string;
    try {
      pem = await this.#fetch(url);
    } catch (error) {
      throw new RefusedRequest(error instanceof Error ? error.message : 'the certificate could not be downloaded');
    }
    return trustChain(pem, this.#roots, now);
  }
}

function defaultRoots(): readonly string[] {
  // Node 22.15+ can also read the operating system's store; Node 20 has the Mozilla roots it ships with.
  const withSystem = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  return withSystem === undefined ? tls.rootCertificates : withSystem('default');
}

function singleHeader(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  if (typeof value !== 'string' || value === '') throw new RefusedRequest(`the ${name} header is missing`);
  return value;
}

/**
 * The certificate URL as a fetch would read it, dot segments and encodings resolved by the WHATWG
 * parser, then held to Amazon's rules: https, host s3.amazonaws.com, path under /echo.api/, port
 * 443 if any. What is checked is exactly what is fetched, so "/echo.api/../x" cannot leave the bucket.
 */
export function normaliseCertificateUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefusedRequest('the certificate URL is not a URL');
  }
  if (url.protocol !== 'https:') throw new RefusedRequest('the certificate URL is not https');
  if (url.hostname !== CERT_URL_HOST) throw new RefusedRequest(`the certificate URL is not on ${CERT_URL_HOST}`);
  // WHATWG drops the scheme's default port, so any port left is not 443.
  if (url.port !== '') throw new RefusedRequest('the certificate URL is not on port 443');
  if (url.username !== '' || url.password !== '') throw new RefusedRequest('the certificate URL carries credentials');
  if (!url.pathname.startsWith(CERT_URL_PATH)) throw new RefusedRequest(`the certificate URL is not under ${CERT_URL_PATH}`);
  // An encoded slash, backslash or dot could be decoded by the server into a path the check never saw.
  if (/%(2f|5c|2e)/i.test(url.pathname)) throw new RefusedRequest('the certificate URL hides a path in its encoding');
  url.hash = '';
  return url;
}

function signatureOf(headers: IncomingHttpHeaders): { algorithm: 'sha256' | 'sha1'; bytes: Buffer } {
  // Alexa signs with SHA-256 in Signature-256; the older SHA-1 Signature is read only when it is all there is.
  const sha256 = headers['signature-256'];
  const legacy = headers['signature'];
  const [algorithm, value] = sha256 !== undefined ? (['sha256', sha256] as const) : (['sha1', legacy] as const);
  if (typeof value !== 'string' || value === '') throw new RefusedRequest('the signature header is missing');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) throw new RefusedRequest('the signature is not base64');
  return { algorithm, bytes: Buffer.from(value, 'base64') };
}

function checkTimestamp(envelope: AlexaEnvelope, now: number): void {
  const stamp = envelope.request.timestamp;
  const at = ISO_TIMESTAMP.test(stamp) ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(at)) throw new RefusedRequest('the request timestamp is not a date');
  const tolerance = envelope.request.type.startsWith('AlexaSkillEvent.') ? SKILL_EVENT_TOLERANCE_MS : REQUEST_TOLERANCE_MS;
  if (Math.abs(now - at) > tolerance) throw new RefusedRequest('the request timestamp is too far from now');
}

function splitPem(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function validWindow(cert: X509Certificate): { from: number; to: number } {
  return { from: Date.parse(cert.validFrom), to: Date.parse(cert.validTo) };
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

/**
 * The chain is the signing certificate then its intermediates, each signed by the next, the last
 * signed by (or being) a trusted root; all valid now; the signing certificate names
 * echo-api.amazon.com among its subject alternative names.
 */
function trustChain(pem: string, roots: readonly X509Certificate[], now: number): TrustedChain {
  const blocks = splitPem(pem);
  if (blocks.length === 0 || blocks.length > MAX_CHAIN_LENGTH) throw new RefusedRequest('the certificate chain is not a PEM chain');
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new RefusedRequest('the certificate chain does not parse');
  }
  const signing = chain[0];
  if (signing === undefined) throw new RefusedRequest('the certificate chain is empty');
  const names = (signing.subjectAltName ?? '').split(',').map((name) => name.trim());
  if (!names.includes(`DNS:${SIGNING_NAME}`)) throw new RefusedRequest(`the signing certificate is not for ${SIGNING_NAME}`);
  for (let i = 0; i + 1 < chain.length; i++) {
    const cert = chain[i];
    const issuer = chain[i + 1];
    if (cert === undefined || issuer === undefined || !issuedBy(cert, issuer)) throw new RefusedRequest('the certificate chain is broken');
  }
  const last = chain[chain.length - 1] ?? signing;
  const root = roots.find((candidate) => candidate.fingerprint256 === last.fingerprint256 || issuedBy(last, candidate));
  if (root === undefined) throw new RefusedRequest('the certificate chain does not end in a trusted root');
  let validFrom = Number.NEGATIVE_INFINITY;
  let validTo = Number.POSITIVE_INFINITY;
  const selfRooted = root.fingerprint256 === last.fingerprint256;
  for (const cert of selfRooted ? chain : [...chain, root]) {
    const window = validWindow(cert);
    validFrom = Math.max(validFrom, window.from);
    validTo = Math.min(validTo, window.to);
  }
  if (!(now >= validFrom && now <= validTo)) throw new RefusedRequest('a certificate of the chain is not valid now');
  return { signing, validFrom, validTo };
}
