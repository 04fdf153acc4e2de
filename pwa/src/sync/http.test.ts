import { describe, expect, it } from 'vitest';
import { callJson, classifyFailure, isRetryable } from './http';

describe('classifying server answers', () => {
  it('SYNC-CLIENT-1 when the answer is 5xx or there is none, then it is retried; 4xx are not', () => {
    expect(isRetryable(classifyFailure(503, undefined))).toBe(true);
    expect(isRetryable({ kind: 'network' })).toBe(true);
    expect(isRetryable(classifyFailure(400, { error: { code: 'bad_request', message: 'no' } }))).toBe(false);
    expect(isRetryable(classifyFailure(429, { error: { code: 'rate_limited', message: 'slow down' } }))).toBe(false);
  });

  it('SYNC-CLIENT-2 and SYNC-CLIENT-3: 401 asks for enrollment, 409 protocol_mismatch for an update', () => {
    expect(classifyFailure(401, { error: { code: 'unauthorized', message: 'x' } }).kind).toBe('unauthorized');
    expect(classifyFailure(409, { error: { code: 'protocol_mismatch', message: 'x' } }).kind).toBe('protocol_mismatch');
    expect(classifyFailure(409, { error: { code: 'conflict', message: 'x' } }).kind).toBe('refused');
  });

  it('when the network fails, then the call reports it rather than throwing', async () => {
    const result = await callJson(() => Promise.reject(new TypeError('Failed to fetch')), {
      method: 'GET',
      path: '/api/x',
      parse: (j) => j,
    });
    expect(result).toEqual({ ok: false, failure: { kind: 'network', detail: 'Failed to fetch' } });
  });
});
