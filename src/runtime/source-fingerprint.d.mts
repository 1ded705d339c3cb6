/** A fingerprint of every file under `dir`: their paths and contents, in a fixed order. */
export function sourceFingerprint(dir: string): string;
