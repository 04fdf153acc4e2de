import { describe, expect, it } from 'vitest';
import { backoffMs, classifySend } from './classify';

const apiError = (status: number, code: number) =>
  ({ kind: 'api_error', status, error: { code, message: `error ${code}` } }) as const;

describe('what a send attempt comes to', () => {
  it.each([4, 80007, 130429, 131048, 131056, 133016])(
    'when the Cloud API answers %i, then it is tried again',
    (code) => {
      expect(classifySend(apiError(400, code))).toMatchObject({ do: 'retry', pair: code === 131056 });
    },
  );

  it('when the Cloud API fails with a 5xx error body, then it is tried again', () => {
    expect(classifySend(apiError(503, 1))).toMatchObject({ do: 'retry' });
  });

  it('when the window is closed (131047), then the template is used', () => {
    expect(classifySend(apiError(400, 131047)).do).toBe('use_template');
  });

  it('when the number is not on WhatsApp (131026), then the message is undeliverable', () => {
    expect(classifySend(apiError(400, 131026)).do).toBe('undeliverable');
  });

  it('when any other 4xx comes back, then the message failed', () => {
    expect(classifySend(apiError(400, 100)).do).toBe('failed');
    expect(classifySend({ kind: 'http_error', status: 404 }).do).toBe('failed');
  });

  it('when the connection never opened, then it is tried again; when the request was written, then it is never resent', () => {
    expect(classifySend({ kind: 'network', written: false, message: 'ECONNREFUSED' }).do).toBe('retry');
    const unknown = classifySend({ kind: 'network', written: true, message: 'socket hang up' });
    expect(unknown).toMatchObject({ do: 'failed', reason: expect.stringContaining('unknown outcome') });
    expect(classifySend({ kind: 'http_error', status: 502 })).toMatchObject({ do: 'failed' });
  });
});

describe('backoff', () => {
  it('doubles from the base with jitter in the upper half, up to the maximum', () => {
    expect(backoffMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffMs(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
