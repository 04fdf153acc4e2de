import { useEffect, useState } from 'preact/hooks';
import type { KioskStatus } from './verifier-api';
import { verifierClient } from './verifier-client';

/** The verifier's latest status (undefined until the worker has loaded its cache). */
export function useKioskStatus(): KioskStatus | undefined {
  const [status, setStatus] = useState<KioskStatus | undefined>(undefined);
  useEffect(() => verifierClient().subscribe(setStatus), []);
  return status;
}
