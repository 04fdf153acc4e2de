import type {
  BotStorePort,
  DeliveryStatus,
  InboundRecord,
  NewInbound,
  NewOutbound,
  OutboundRecord,
  StoredSession,
} from '../ports';

/**
 * `BotStorePort` in memory, for tests, keeping every promise the real stores make: `addInbound`
 * unique on `messageId`; leases that only their owner renews or releases; `commitTurn`
 * all-or-nothing with a compare-and-set on the session version; `claimOutbound` handing out
 * only each citizen's oldest unsent message. Each method does its work without awaiting in
 * between, so it is atomic as far as other callers can see. Faults can be injected.
 */
export class MemoryBotStore implements BotStorePort {
  readonly inbound: Array<InboundRecord & { processed: boolean }> = [];
  readonly outbound: OutboundRecord[] = [];
  readonly statuses: DeliveryStatus[] = [];
  readonly media = new Map<string, { mimeType: string; bytes: Uint8Array }>();
  readonly sessions = new Map<string, StoredSession>();
  readonly commits: Array<{ citizenId: string; inboundSeq: number }> = [];
  private readonly leases = new Map<string, { owner: string; until: string }>();
  private readonly cursors = new Map<string, number>();
  /** Citizens who asked for erasure, until the next message to them is settled. */
  readonly erasing = new Set<string>();
  private inboundSeq = 0;
  private outboundId = 0;
  /** Throws from the next `commitTurn` before anything is written, as a crash would. */
  crashNextCommit = false;
  /** Runs inside the next `commitTurn` before its check: lets a test move the session under a turn. */
  beforeNextCommit: (() => void) | undefined;

  async addInbound(events: readonly NewInbound[]): Promise<number> {
    let added = 0;
    for (const event of events) {
      if (this.inbound.some((record) => record.messageId === event.messageId)) continue;
      this.inboundSeq += 1;
      this.inbound.push({ ...structuredClone(event), seq: this.inboundSeq, processed: false });
      added += 1;
    }
    return added;
  }

  private leaseFree(citizenId: string, now: string, owner?: string): boolean {
    const lease = this.leases.get(citizenId);
    return !lease || lease.owner === owner || lease.until <= now;
  }

  async citizensWithPendingInbound(now: string, limit: number): Promise<string[]> {
    const citizens: string[] = [];
    for (const record of this.inbound) {
      if (record.processed || citizens.includes(record.citizenId)) continue;
      if (this.leaseFree(record.citizenId, now)) citizens.push(record.citizenId);
    }
    return citizens.slice(0, limit);
  }

  async leaseCitizen(citizenId: string, owner: string, now: string, until: string): Promise<boolean> {
    if (!this.leaseFree(citizenId, now, owner)) return false;
    this.leases.set(citizenId, { owner, until });
    return true;
  }

  async releaseCitizen(citizenId: string, owner: string): Promise<void> {
    if (this.leases.get(citizenId)?.owner === owner) this.leases.delete(citizenId);
  }

  async pendingInbound(citizenId: string, limit: number): Promise<InboundRecord[]> {
    return this.inbound
      .filter((record) => record.citizenId === citizenId && !record.processed)
      .slice(0, limit)
      .map(({ processed: _processed, ...record }) => structuredClone(record));
  }

  async loadSession(citizenId: string): Promise<StoredSession | undefined> {
    const stored = this.sessions.get(citizenId);
    return stored ? structuredClone(stored) : undefined;
  }

  async commitTurn(turn: {
    citizenId: string;
    inboundSeq: number;
    session: unknown;
    expectedVersion: number | null;
    outbound: readonly NewOutbound[];
    at: string;
  }): Promise<boolean> {
    this.beforeNextCommit?.();
    this.beforeNextCommit = undefined;
    if (this.crashNextCommit) {
      this.crashNextCommit = false;
      throw new Error('the process died before the turn was committed');
    }
    const current = this.sessions.get(turn.citizenId);
    if ((current?.version ?? null) !== turn.expectedVersion) return false;
    const record = this.inbound.find((candidate) => candidate.seq === turn.inboundSeq);
    if (!record || record.processed || record.citizenId !== turn.citizenId) return false;
    this.sessions.set(turn.citizenId, {
      citizenId: turn.citizenId,
      session: structuredClone(turn.session),
      version: (current?.version ?? 0) + 1,
    });
    for (const message of turn.outbound) {
      this.outboundId += 1;
      this.outbound.push({
        id: this.outboundId,
        citizenId: message.citizenId,
        message: structuredClone(message.message),
        state: 'queued',
        attempts: 0,
        notBefore: turn.at,
        waMessageId: null,
        lastError: null,
        createdAt: turn.at,
      });
    }
    record.processed = true;
    this.commits.push({ citizenId: turn.citizenId, inboundSeq: turn.inboundSeq });
    return true;
  }

  /** Moves a session on as another writer would (a test helper, not part of the port). */
  touchSession(citizenId: string): void {
    const current = this.sessions.get(citizenId);
    if (current) this.sessions.set(citizenId, { ...current, version: current.version + 1 });
  }

  async claimOutbound(now: string, limit: number): Promise<OutboundRecord[]> {
    const claimed: OutboundRecord[] = [];
    const seen = new Set<string>();
    for (const record of this.outbound) {
      if (claimed.length >= limit) break;
      if (record.state !== 'queued' && record.state !== 'sending') continue;
      // Only the citizen's oldest unsent message; a later one waits even if it is due.
      if (seen.has(record.citizenId)) continue;
      seen.add(record.citizenId);
      if (record.state !== 'queued' || record.notBefore > now) continue;
      record.state = 'sending';
      record.attempts += 1;
      claimed.push(structuredClone(record));
    }
    return claimed;
  }

  async settleOutbound(
    id: number,
    outcome:
      | { state: 'sent'; waMessageId: string; at: string }
      | { state: 'queued'; notBefore: string; error: string }
      | { state: 'failed' | 'undeliverable'; error: string },
  ): Promise<void> {
    const record = this.outbound.find((candidate) => candidate.id === id);
    if (!record) throw new Error(`no outbound message ${id}`);
    record.state = outcome.state;
    if (outcome.state === 'sent') record.waMessageId = outcome.waMessageId;
    else record.lastError = outcome.error;
    if (outcome.state === 'queued') record.notBefore = outcome.notBefore;
    else if (this.erasing.has(record.citizenId)) this.finishErasure(record.citizenId);
  }

  async eraseCitizen(citizenId: string): Promise<void> {
    this.forgetMessages(citizenId);
    if (this.sessions.has(citizenId)) this.erasing.add(citizenId);
  }

  private forgetMessages(citizenId: string): void {
    const unsent = (o: OutboundRecord) => o.citizenId === citizenId && (o.state === 'queued' || o.state === 'sending');
    this.outbound.splice(0, this.outbound.length, ...this.outbound.filter((o) => !unsent(o)));
    for (const o of this.outbound)
      if (o.citizenId === citizenId) Object.assign(o, { citizenId: 'erased', message: null });
    for (const r of this.inbound)
      if (r.citizenId === citizenId && r.processed) Object.assign(r, { citizenId: 'erased', event: null });
    for (const s of this.statuses) if (s.recipientId === citizenId) s.recipientId = 'erased';
  }

  private finishErasure(citizenId: string): void {
    if (this.outbound.some((o) => o.citizenId === citizenId && (o.state === 'queued' || o.state === 'sending'))) return;
    this.forgetMessages(citizenId);
    this.erasing.delete(citizenId);
    if (!this.inbound.some((r) => r.citizenId === citizenId)) this.sessions.delete(citizenId);
  }

  async recordStatuses(statuses: readonly DeliveryStatus[]): Promise<void> {
    this.statuses.push(...structuredClone(statuses));
  }

  async putMedia(file: { sha256: string; mimeType: string; bytes: Uint8Array }): Promise<void> {
    if (!this.media.has(file.sha256)) this.media.set(file.sha256, { mimeType: file.mimeType, bytes: file.bytes });
  }

  async getCursor(name: string): Promise<number> {
    return this.cursors.get(name) ?? 0;
  }

  async setCursor(name: string, value: number): Promise<void> {
    this.cursors.set(name, value);
  }
}
