import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import forge from 'node-forge';

/** A key pair in PEM, made by Node (forge's own RSA generation is slow). */
export interface KeyPair {
  readonly publicKey: string;
  readonly privateKey: string;
}

export function newKeyPair(): KeyPair {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export interface Issued {
  readonly pem: string;
  readonly keys: KeyPair;
  readonly subject: string;
}

export interface CertificateSpec {
  readonly subject: string;
  /** The issuer and its key; none for a self-signed root. */
  readonly issuer?: Issued;
  readonly ca?: boolean;
  readonly dnsNames?: readonly string[];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly keys?: KeyPair;
}

/** An X.509 certificate as a CA would issue it, for a test PKI that never touches the network. */
export function issue(spec: CertificateSpec): Issued {
  const keys = spec.keys ?? newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKey);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  const subject = [{ name: 'commonName', value: spec.subject }];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer === undefined ? subject : [{ name: 'commonName', value: spec.issuer.subject }]);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: spec.ca === true, critical: true },
    spec.ca === true ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true } : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
  ];
  if (spec.dnsNames !== undefined) extensions.push({ name: 'subjectAltName', altNames: spec.dnsNames.map((value) => ({ type: 2, value })) });
  cert.setExtensions(extensions);
  const signer = spec.issuer?.keys.privateKey ?? keys.privateKey;
  cert.sign(forge.pki.privateKeyFromPem(signer), forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), keys, subject: spec.subject };
}

/** The headers Alexa sends with a body it signed with `signer`'s key. */
export function signedHeaders(body: string, signer: KeyPair, certUrl: string): Record<string, string> {
  return {
    signaturecertchainurl: certUrl,
    'signature-256': sign('sha256', Buffer.from(body, 'utf8'), signer.privateKey).toString('base64'),
  };
}
