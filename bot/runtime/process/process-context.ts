import type { BotConfig as ConversationConfig } from '../../conversation';
import type { GraphClient } from '../graph/graph-client';
import type { BotLogger } from '../logger';
import type { BotStorePort } from '../ports';
import type { EffectExecutor } from './effects';
import type { World } from './world';

/** What processing inbound events needs, assembled once by the runtime. */
export interface ProcessContext {
  store: BotStorePort;
  graph: GraphClient;
  execute: EffectExecutor;
  logger: BotLogger;
  now: () => Date;
  loadWorld: () => Promise<World>;
  phoneNumberId: string;
  conversation: Partial<ConversationConfig> | undefined;
  /** This process's name on leases. */
  owner: string;
  leaseMs: number;
  processBatch: number;
  processConcurrency: number;
  inboundPerCitizen: number;
  /** Keeps a background promise (a read receipt) so a stop can wait for it. */
  track: (work: Promise<unknown>) => void;
  /** New messages were queued: wake the sender. */
  onQueued: () => void;
  /** Awaited before each turn: lets a host hold processing back while its webhook is saturated. */
  pace?: () => Promise<void>;
  stopping: () => boolean;
}
