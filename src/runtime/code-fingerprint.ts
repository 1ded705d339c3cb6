import { fileURLToPath } from 'node:url';
import { sourceFingerprint } from './source-fingerprint.mjs';

/** Set by the build (scripts/build.mjs) to the fingerprint of the sources it compiled. */
declare const __VOICECART_SOURCE_FINGERPRINT__: string | undefined;

let running: string | undefined;

/**
 * The fingerprint of the code that is running: what a saved index or a cached interaction model
 * must have been made by to be used, since other code may build them otherwise. Compiled code
 * carries it; run from the sources (tests, tsx), it is worked out from src/ once.
 */
export function codeFingerprint(): string {
  running ??=
    typeof __VOICECART_SOURCE_FINGERPRINT__ === 'string'
      ? __VOICECART_SOURCE_FINGERPRINT__
      : sourceFingerprint(fileURLToPath(new URL('..', import.meta.url)));
  return running;
}
