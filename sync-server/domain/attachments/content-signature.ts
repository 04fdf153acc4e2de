import type { AttachmentMediaType } from '../../../shared/api/attachments-api';

/** How far into a PDF its `%PDF-` header may start: readers tolerate leading bytes up to here. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function findAscii(bytes: Uint8Array, text: string, within: number): boolean {
  const needle = ascii(text);
  const end = Math.min(within, bytes.byteLength - needle.length);
  for (let at = 0; at <= end; at += 1) if (startsWith(bytes, needle, at)) return true;
  return false;
}

/**
 * Whether `bytes` begin the way a file of `type` does. The declared type alone decides how the
 * file is served later, so a body that is something else (an HTML page called a JPEG, say) is
 * refused at the door rather than trusted (SYNC-ATT-2).
 */
export function matchesSignature(type: AttachmentMediaType, bytes: Uint8Array): boolean {
  switch (type) {
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'application/pdf':
      return findAscii(bytes, '%PDF-', PDF_HEADER_WINDOW);
  }
}
