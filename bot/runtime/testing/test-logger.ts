import type { BotLogger } from '../logger';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string | undefined;
  facts: object;
}

/** A logger that keeps what it is told, so tests can assert on it and stay quiet. */
export function createTestLogger(): BotLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (facts: object, message?: string) => {
    entries.push({ level, message, facts });
  };
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}
