/** Identifiers: UUIDv7 record ids and the human reference numbers derived from them. */
export { isUuidV7, newUuidV7, uuidV7Time } from './uuid-v7';
export { parseReference, referenceFromId } from './reference-number';
