import type { WireMessage } from '../whatsapp/outbound-types';
import type { CitizenView } from './simulator-events';

/** A reply button or list row the citizen can tap by typing its number. */
export interface Choice {
  kind: 'button_reply' | 'list_reply';
  id: string;
  title: string;
  description?: string;
}

/** A bot message as terminal lines, and what typing 1, 2, … would tap. */
export function formatBotMessage(message: WireMessage, templateText?: string): { lines: string[]; choices: Choice[] } {
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
      const source = document.link ?? `media ${document.id ?? '?'}`;
      return {
        lines: [`📄 ${document.filename ?? 'document'} (${source})`, ...(document.caption ? [document.caption] : [])],
        choices: [],
      };
    }
    case 'template': {
      const { name, language, components } = message.template;
      const parameters = (components ?? []).flatMap((component) => component.parameters.map(({ text }) => text));
      const lines = templateText === undefined ? [`parameters: ${parameters.join(' | ')}`] : templateText.split('\n');
      return { lines: [`[template ${name} · ${language.code}]`, ...lines], choices: [] };
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
