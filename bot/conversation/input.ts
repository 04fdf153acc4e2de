import type { Command } from './commands';
import type { InboundMedia } from './events';

/** A citizen message other than a tap, as the state handlers see it. */
export type Input =
  | { type: 'text'; text: string; command: Command | undefined }
  | { type: 'media'; kind: 'image' | 'document'; media: InboundMedia }
  | { type: 'location'; latitude: number; longitude: number };
