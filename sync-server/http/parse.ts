import type { z } from 'zod';
import { AppError } from './app-error';

/**
 * Parses one part of an HTTP request (body, query, params) with its schema, so every route
 * works on typed, validated values and bad input becomes a 400 naming the bad fields.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  part: 'body' | 'query' | 'params',
): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = problems[0];
  const summary = first ? `${first.path || part}: ${first.message}` : 'invalid input';
  throw new AppError('bad_request', `invalid request ${part}: ${summary}`, { problems });
}
