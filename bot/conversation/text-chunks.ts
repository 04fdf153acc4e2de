import { LIMITS, textLength } from '../whatsapp/limits';
import type { Turn } from './turn';

/**
 * Splits `text` into pieces of at most `limit`, breaking between lines (a line longer than the
 * limit on its own is broken between words). Used for summaries that outgrow one message.
 */
export function chunkLines(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    const joined = current === '' ? piece : `${current}\n${piece}`;
    if (textLength(joined) <= limit) {
      current = joined;
      return;
    }
    if (current !== '') chunks.push(current);
    current = piece;
  };
  for (const line of text.split('\n')) {
    if (textLength(line) <= limit) push(line);
    else for (const part of splitLongLine(line, limit)) push(part);
  }
  if (current.trim() !== '') chunks.push(current);
  return chunks;
}

function splitLongLine(line: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const joined = current === '' ? word : `${current} ${word}`;
    if (textLength(joined) <= limit) current = joined;
    else {
      if (current !== '') parts.push(current);
      // A single "word" longer than a whole message (a pasted blob) is split by code points.
      current = word;
      while (textLength(current) > limit) {
        const head = Array.from(current)
          .slice(0, limit - 1)
          .join('');
        parts.push(head);
        current = current.slice(head.length);
      }
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * A body for an interactive message. When `body` is longer than the 1,024 an interactive body
 * allows, it is sent first as text and `short` becomes the body of the buttons or list.
 */
export function interactiveBody(turn: Turn, body: string, short: string): string {
  if (textLength(body) <= LIMITS.interactiveBody) return body;
  turn.say(...chunkLines(body, LIMITS.textBody));
  return short;
}
