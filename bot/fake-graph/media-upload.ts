import { LIMITS } from '../whatsapp/limits';

/**
 * `POST /{phone-number-id}/media`: a multipart form with `messaging_product=whatsapp`, `type`
 * (the MIME type) and `file`. The types and sizes are the Cloud API's supported media.
 */

const MB = 1024 * 1024;

const SUPPORTED: ReadonlyArray<{ types: readonly string[]; maxBytes: number }> = [
  { types: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'], maxBytes: 16 * MB },
  {
    types: [
      'text/plain',
      'application/pdf',
      'application/msword',
      'application/vnd.ms-excel',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    maxBytes: LIMITS.documentBytes,
  },
  { types: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
  { types: ['image/webp'], maxBytes: 500 * 1024 },
  { types: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB },
];

/**
 * The largest upload body any type allows: the biggest file plus room for the form's other
 * fields and boundaries. The body parser refuses more before the form is read; the file's own
 * limit is checked after.
 */
export const MAX_UPLOAD_BYTES = LIMITS.documentBytes + MB;

export type UploadResult =
  { ok: true; bytes: Uint8Array; mimeType: string; filename?: string } | { ok: false; problems: string[] };

/** What is wrong with a file of `size` bytes uploaded as `mimeType`, if anything. */
export function uploadProblem(mimeType: string, size: number): string | undefined {
  const rule = SUPPORTED.find((candidate) => candidate.types.includes(mimeType));
  if (!rule) return `type ${JSON.stringify(mimeType)} is not a supported media type`;
  if (size === 0) return 'file is empty';
  if (size > rule.maxBytes) return `file is ${size} bytes; the limit for ${mimeType} is ${rule.maxBytes}`;
  return undefined;
}

export async function parseUpload(raw: Uint8Array, contentType: string): Promise<UploadResult> {
  let form: FormData;
  try {
    // The platform's own multipart parser, through a Request built around the raw body.
    form = await new Request('http://fake-graph.invalid/media', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw),
    }).formData();
  } catch {
    return { ok: false, problems: ['the body is not a multipart/form-data upload'] };
  }
  const problems: string[] = [];
  if (form.get('messaging_product') !== 'whatsapp') problems.push('messaging_product must be whatsapp');
  const type = form.get('type');
  const file = form.get('file');
  if (typeof type !== 'string' || type === '') problems.push('type (the MIME type of the file) is required');
  if (!(file instanceof Blob)) problems.push('file is required');
  if (problems.length > 0 || typeof type !== 'string' || !(file instanceof Blob)) return { ok: false, problems };

  const mimeType = type.split(';')[0]?.trim() ?? '';
  const problem = uploadProblem(mimeType, file.size);
  if (problem) return { ok: false, problems: [problem] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A PDF says so in its first bytes; a file that does not is not what its type claims.
  if (mimeType === 'application/pdf' && new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') {
    return { ok: false, problems: ['file is not a PDF (it does not start with %PDF-)'] };
  }
  const filename = file instanceof File && file.name !== '' ? file.name : undefined;
  return { ok: true, bytes, mimeType: type, ...(filename === undefined ? {} : { filename }) };
}
