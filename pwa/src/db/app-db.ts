import { openSevaDb, type SevaDb } from './seva-db';

/** The page's connection to the device database (the sync worker opens its own). */
export const db: SevaDb = openSevaDb();
