import { getMeta, setMeta, type SevaDb } from './seva-db';

/** 16 random bytes as base64url: 22 characters, inside the protocol's device id alphabet. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The device's id, made once and kept for the life of the installation. */
export async function ensureDeviceId(db: SevaDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta(db, 'deviceId');
    if (existing) return existing;
    const id = newDeviceId();
    await setMeta(db, 'deviceId', id);
    return id;
  });
}
