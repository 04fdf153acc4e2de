import type { WireMessage } from '../whatsapp/outbound-types';
import type { CitizenView } from './simulator-events';
import { bodyParameters, headerDocument } from './template-text';

/** A reply button or list row the citizen can tap by typing its number. */
export interface Choice {
  kind: 'button_reply' | 'list_reply';
  id: string;
  title: string;
  description?: string;
}

/** Where a file the bot sent (by media id) can be fetched: the simulator serves the fake's media. */
export type MediaUrl = (mediaId: string) => string;

/** A document as one line: its name, and the URL it downloads from. */
function documentLine(document: { id?: string; link?: string; filename?: string }, mediaUrl: MediaUrl): string {
  const url = document.link ?? (document.id === undefined ? '?' : mediaUrl(document.id));
  return `📄 ${document.filename ?? 'document'} — ${url}`;
}

/** A bot message as terminal lines, and what typing 1, 2, … would tap. */
export function formatBotMessage(
  message: WireMessage,
  templateText: string | undefined,
  mediaUrl: MediaUrl,
): { lines: string[]; choices: Choice[] } {
  switch (message.type) {
    case 'text':
      return { lines: message.text.body.split('\n'), choices: [] };
    case 'interactive': {
      const interactive = message.interactive;
      const lines = [
        ...(interactive.header ? [`*${interactive.header.text}*`] : []),
        ...interactive.body.text.split('\n'),
        ...(interactive.footer ? [`(${interactive.footer.text})`] : []),
      ];
      const choices: Choice[] = [];
      if (interactive.type === 'button') {
        for (const { reply } of interactive.action.buttons) {
          choices.push({ kind: 'button_reply', id: reply.id, title: reply.title });
          lines.push(`  [${choices.length}] ${reply.title}`);
        }
        return { lines, choices };
      }
      lines.push(`  ☰ ${interactive.action.button}:`);
      for (const section of interactive.action.sections) {
        if (section.title) lines.push(`  ${section.title}`);
        for (const row of section.rows) {
          choices.push({
            kind: 'list_reply',
            id: row.id,
            title: row.title,
            ...(row.description ? { description: row.description } : {}),
          });
          lines.push(
            `  ${String(choices.length).padStart(2)}. ${row.title}${row.description ? ` — ${row.description}` : ''}`,
          );
        }
      }
      return { lines, choices };
    }
    case 'document': {
      const { document } = message;
      return {
        lines: [documentLine(document, mediaUrl), ...(document.caption ? document.caption.split('\n') : [])],
        choices: [],
      };
    }
    case 'template': {
      const { name, language } = message.template;
      const document = headerDocument(message);
      const lines =
        templateText === undefined ? [`parameters: ${bodyParameters(message).join(' | ')}`] : templateText.split('\n');
      return {
        lines: [
          `[template ${name} · ${language.code}]`,
          ...(document ? [documentLine(document, mediaUrl)] : []),
          ...lines,
        ],
        choices: [],
      };
    }
    default: {
      const unhandled: never = message;
      return { lines: [JSON.stringify(unhandled)], choices: [] };
    }
  }
}

/** What the citizen did, in a line (text is not repeated: the terminal shows what was typed). */
export function describeCitizenMessage(message: CitizenView): string | undefined {
  switch (message.type) {
    case 'text':
      return undefined;
    case 'button_reply':
    case 'list_reply':
      return `tapped "${message.title}"`;
    case 'image':
      return `sent a photo${message.caption ? `: ${message.caption}` : ''}`;
    case 'document':
      return `sent ${message.filename}`;
    case 'location':
      return `sent a location: ${message.name ?? `${message.latitude}, ${message.longitude}`}`;
    default: {
      const unhandled: never = message;
      return JSON.stringify(unhandled);
    }
  }
}
