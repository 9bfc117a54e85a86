// Secret defaulting on write: `type` defaults to Opaque and write-only `stringData` is merged into
// base64 `data` (stringData wins on a shared key), then dropped. Models pkg/apis/core/v1/defaults.go
// (SetDefaults_Secret) and pkg/apis/core/v1/conversion.go (Convert_v1_Secret_To_core_Secret).
// Registered by the integrator in engine/api/defaults/index.ts for `secrets`.
import type { Secret } from 'kubernetes-types/core/v1.js';

export function defaultSecret(secret: Secret): Secret {
  const { stringData, ...rest } = secret;
  const out: Secret = { ...rest, type: secret.type || 'Opaque' };
  if (stringData === undefined) return out;
  const data: Record<string, string> = { ...secret.data };
  for (const [key, value] of Object.entries(stringData)) data[key] = Buffer.from(value, 'utf8').toString('base64');
  return { ...out, data };
}

export function decodeSecretValue(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}
