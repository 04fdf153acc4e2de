import { describe, expect, it } from 'vitest';
import { describeRelayed } from './handoff-desk';

describe('what staff read for a relayed citizen message', () => {
  it('when the citizen types, then staff read the text', () => {
    expect(describeRelayed({ type: 'text', text: 'hello' })).toBe('hello');
  });

  it('when the citizen sends media, then staff read a short description with the caption', () => {
    expect(
      describeRelayed({ type: 'document', mimeType: 'application/pdf', filename: 'ration.pdf', caption: 'my card' }),
    ).toBe('[document (ration.pdf, application/pdf)]: my card');
    expect(describeRelayed({ type: 'image', mimeType: 'image/jpeg' })).toBe('[image (image/jpeg)]');
    expect(describeRelayed({ type: 'location', latitude: 16.3, longitude: 80.4 })).toBe('[location] 16.3, 80.4');
    expect(describeRelayed({ type: 'audio', mimeType: 'audio/ogg' })).toBe('[voice message]');
    expect(describeRelayed({ type: 'unsupported', originalType: 'sticker' })).toBe('[sticker message]');
  });
});
