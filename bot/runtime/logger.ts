/** The logging the bot needs: pino's call shape (an object with the facts first, then a message). */
export interface BotLogger {
  info(facts: object, message?: string): void;
  warn(facts: object, message?: string): void;
  error(facts: object, message?: string): void;
}

/** What a thrown value says, for the log. */
export function errorFacts(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}
