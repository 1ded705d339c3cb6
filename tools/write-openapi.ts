/** Writes docs/backend-openapi.yaml from the contract: `npx tsx tools/write-openapi.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { backendOpenApi } from '../src/backend/openapi.ts';

export const OPENAPI_FILE = fileURLToPath(new URL('../docs/backend-openapi.yaml', import.meta.url));

export function openApiYaml(): string {
  return `# Generated from src/backend/contract.ts by tools/write-openapi.ts; edit the contract, not this file.\n${stringify(backendOpenApi(), { lineWidth: 0 })}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, openApiYaml());
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}
