import { request } from 'node:https';

/** Fetches the PEM certificate chain a request names; the URL has already been checked. */
export type CertificateFetcher = (url: URL) => Promise<string>;

export interface HttpsFetchOptions {
  /** The whole download, connection included: a server that trickles bytes is cut off too. */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /**
   * Where to open the connection instead of the URL's host, keeping the URL's host for TLS and
   * the Host header: for tests, which serve a chain from a local server.
   */
  readonly connectTo?: { readonly host: string; readonly port: number };
  /** Roots to trust for the download's TLS instead of Node's: for tests, with a local server. */
  readonly ca?: readonly string[];
}

/** Alexa's chains are a few kilobytes: a second and 64 KB leave room without leaving a door open. */
export const CERTIFICATE_FETCH_TIMEOUT_MS = 1000;
export const CERTIFICATE_MAX_BYTES = 64 * 1024;

/**
 * Downloads a certificate chain over HTTPS with a deadline and a size cap, following no
 * redirect: a slow or huge answer costs at most a second and 64 KB, never the process.
 */
export function httpsCertificateFetcher(options: HttpsFetchOptions = {}): CertificateFetcher {
  const timeoutMs = options.timeoutMs ?? CERTIFICATE_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? CERTIFICATE_MAX_BYTES;
  return (url) =>
    new Promise<string>((resolve, reject) => {
      const target = options.connectTo;
      const req = request({
        protocol: 'https:',
        host: target?.host ?? url.hostname,
        port: target?.port ?? 443,
        servername: url.hostname,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { host: url.host, accept: 'application/x-pem-file, text/plain' },
        agent: false,
        ...(options.ca === undefined ? {} : { ca: [...options.ca] }),
      });
      let settled = false;
      const fail = (reason: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        req.destroy();
        reject(new Error(reason));
      };
      const deadline = setTimeout(() => fail(`the certificate download took over ${timeoutMs} ms`), timeoutMs);
      req.on('error', (error) => fail(`the certificate could not be downloaded: ${error.message}`));
      req.on('response', (response) => {
        if (response.statusCode !== 200) {
          fail(`the certificate download answered ${response.statusCode ?? 'nothing'}`);
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          fail(`the certificate chain is over ${maxBytes} bytes`);
          return;
        }
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) fail(`the certificate chain is over ${maxBytes} bytes`);
          else chunks.push(chunk);
        });
        response.on('error', (error) => fail(`the certificate download failed: ${error.message}`));
        response.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
      req.end();
    });
}
