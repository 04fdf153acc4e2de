// @ts-check
/* global document */
import { appendFormatted } from './format.js';

/** @typedef {import('../simulator-events').SimulatorEvent} SimulatorEvent */
/** @typedef {import('../simulator-events').CitizenView} CitizenView */
/** @typedef {import('../../whatsapp/outbound-types').WireMessage} WireMessage */
/** @typedef {import('../../whatsapp/outbound-types').ListInteractive} ListInteractive */
/** @typedef {import('./i18n.js').Translate} Translate */
/**
 * A tap on a reply button or a list row, with the bot message it was in.
 * @typedef {{ kind: 'button_reply' | 'list_reply'; id: string; title: string; description?: string; replyTo: string }} Tap
 */
/**
 * @typedef {object} ChatViewDeps
 * @property {string} base The simulator's mount path, for media links.
 * @property {() => Translate} t
 * @property {(tap: Tap) => void} onTap
 * @property {(list: ListInteractive, replyTo: string) => void} onOpenList
 * @property {(typing: boolean) => void} onTyping
 */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

const ICONS = {
  pin: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z',
  reply: 'M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z',
  list: 'M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z',
};

/**
 * Icons are drawn, not typed: arrows and pins are emoji on some systems and text on others.
 * @param {keyof typeof ICONS} name
 */
function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', `icon icon-${name}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.appendChild(document.createElementNS(SVG, 'path')).setAttribute('d', ICONS[name]);
  return svg;
}

/** @param {string} at */
const clock = (at) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Renders the event stream as a WhatsApp chat, as the citizen would see it. */
export class ChatView {
  /** @param {HTMLElement} root @param {ChatViewDeps} deps */
  constructor(root, deps) {
    this.root = root;
    this.deps = deps;
    /** @type {Map<string, HTMLElement>} message id → its meta line (time, ticks or status) */
    this.metas = new Map();
    /** @type {Map<string, string>} bot message id → a line of it, to quote in replies */
    this.snippets = new Map();
    // Follow new messages while the reader is at the bottom; leave them be when they scrolled up.
    this.following = true;
    root.addEventListener('scroll', () => {
      this.following = root.scrollHeight - root.scrollTop - root.clientHeight < 120;
    });
  }

  /** Keeps the newest message in view, if the reader was following. */
  follow() {
    if (this.following) this.root.scrollTop = this.root.scrollHeight;
  }

  clear() {
    this.root.replaceChildren();
    this.metas.clear();
    this.snippets.clear();
  }

  /** @param {SimulatorEvent} event */
  apply(event) {
    switch (event.kind) {
      case 'citizen_message':
        this.citizenMessage(event.id, event.message, event.at, event.replyTo);
        break;
      case 'bot_message':
        this.deps.onTyping(false);
        this.botMessage(event.id, event.message, event.at, event.templateText);
        break;
      case 'webhook':
        if (event.about === 'message') this.setTicks(event.id, event.ok ? 'sent' : 'failed');
        if (!event.ok) {
          const title = this.deps.t()(event.about === 'message' ? 'webhookFailed' : 'statusFailed');
          this.note('warn', title, [event.error ?? '']);
        }
        break;
      case 'status': {
        const status = this.metas.get(event.id)?.querySelector('.status');
        if (status) {
          status.textContent = event.status;
          status.setAttribute('title', `${event.status}: ${this.deps.t()('reported')}`);
        }
        break;
      }
      case 'read_by_bot':
        this.setTicks(event.id, 'read');
        if (event.typing) this.deps.onTyping(true);
        break;
      case 'violation':
        this.note('error', `${this.deps.t()('refused')} (#${event.code})`, event.problems);
        break;
    }
    this.follow();
  }

  /**
   * @param {string} id
   * @param {'sent' | 'read' | 'failed'} state
   */
  setTicks(id, state) {
    const ticks = this.metas.get(id)?.querySelector('.ticks');
    if (!ticks) return;
    // Reading outranks the webhook's answer, which may arrive later.
    if (state === 'sent' && ticks.classList.contains('read')) return;
    ticks.className = `ticks ${state}`;
    ticks.textContent = state === 'failed' ? '!' : state === 'read' ? '✓✓' : '✓';
  }

  /**
   * @param {string} id
   * @param {CitizenView} message
   * @param {string} at
   * @param {string} [replyTo]
   */
  citizenMessage(id, message, at, replyTo) {
    const bubble = element('div', 'bubble');
    const quoted = replyTo === undefined ? undefined : this.snippets.get(replyTo);
    if (quoted) bubble.appendChild(element('div', 'quote')).appendChild(element('span', undefined, quoted));
    switch (message.type) {
      case 'text':
        appendFormatted(bubble.appendChild(element('div', 'text')), message.text);
        break;
      case 'button_reply':
        bubble.appendChild(element('div', 'text', message.title));
        break;
      case 'list_reply':
        bubble.appendChild(element('div', 'text', message.title));
        if (message.description) bubble.appendChild(element('div', 'minor', message.description));
        break;
      case 'image': {
        const image = bubble.appendChild(element('img', 'photo'));
        image.src = `${this.deps.base}/api/media/${encodeURIComponent(message.mediaId)}`;
        image.alt = message.caption ?? this.deps.t()('photo');
        image.addEventListener('load', () => this.follow());
        if (message.caption) appendFormatted(bubble.appendChild(element('div', 'text')), message.caption);
        break;
      }
      case 'document':
        bubble.appendChild(this.documentCard(message.filename, message.mimeType, this.mediaUrl(message.mediaId)));
        if (message.caption) appendFormatted(bubble.appendChild(element('div', 'text')), message.caption);
        break;
      case 'location': {
        const { latitude, longitude } = message;
        const card = bubble.appendChild(element('a', 'place'));
        card.href = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
        card.target = '_blank';
        card.rel = 'noopener noreferrer';
        card.appendChild(icon('pin'));
        const words = card.appendChild(element('span'));
        words.appendChild(element('strong', undefined, message.name ?? this.deps.t()('location')));
        if (message.address) words.appendChild(element('span', 'minor', message.address));
        words.appendChild(element('span', 'minor', `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`));
        break;
      }
    }
    const meta = this.meta(bubble, id, at);
    const ticks = meta.appendChild(element('span', 'ticks pending', '✓'));
    ticks.setAttribute('aria-hidden', 'true');
    this.row('out', bubble);
  }

  /**
   * @param {string} id
   * @param {WireMessage} message
   * @param {string} at
   * @param {string} [templateText]
   */
  botMessage(id, message, at, templateText) {
    const bubble = element('div', 'bubble');
    /** @type {HTMLElement | undefined} */
    let below;
    switch (message.type) {
      case 'text':
        appendFormatted(bubble.appendChild(element('div', 'text')), message.text.body);
        this.snippets.set(id, message.text.body);
        break;
      case 'interactive': {
        const interactive = message.interactive;
        if (interactive.header) bubble.appendChild(element('div', 'header', interactive.header.text));
        appendFormatted(bubble.appendChild(element('div', 'text')), interactive.body.text);
        if (interactive.footer) bubble.appendChild(element('div', 'footer', interactive.footer.text));
        this.snippets.set(id, interactive.header?.text ?? interactive.body.text);
        if (interactive.type === 'list') {
          const open = bubble.appendChild(element('button', 'list-open'));
          open.type = 'button';
          open.appendChild(icon('list'));
          open.appendChild(document.createTextNode(interactive.action.button));
          open.addEventListener('click', () => this.deps.onOpenList(interactive, id));
        } else {
          below = element('div', 'replies');
          for (const button of interactive.action.buttons) {
            const tap = below.appendChild(element('button', 'reply'));
            tap.type = 'button';
            tap.appendChild(icon('reply'));
            tap.appendChild(document.createTextNode(button.reply.title));
            tap.addEventListener('click', () =>
              this.deps.onTap({ kind: 'button_reply', id: button.reply.id, title: button.reply.title, replyTo: id }),
            );
          }
        }
        break;
      }
      case 'document': {
        const { document: file } = message;
        bubble.appendChild(this.botDocumentCard(file));
        if (file.caption) appendFormatted(bubble.appendChild(element('div', 'text')), file.caption);
        this.snippets.set(id, file.filename ?? file.caption ?? this.deps.t()('document'));
        break;
      }
      case 'template': {
        const { template } = message;
        bubble.appendChild(
          element(
            'div',
            'template-label',
            `${this.deps.t()('template')} · ${template.name} · ${template.language.code}`,
          ),
        );
        const components = template.components ?? [];
        // A DOCUMENT header shows as the file, above the body, as WhatsApp shows it.
        for (const component of components) {
          if (component.type !== 'header') continue;
          for (const parameter of component.parameters) bubble.appendChild(this.botDocumentCard(parameter.document));
        }
        const parameters = components.flatMap((component) => (component.type === 'body' ? component.parameters : []));
        if (templateText !== undefined) {
          appendFormatted(bubble.appendChild(element('div', 'text')), templateText);
        } else {
          bubble.appendChild(element('div', 'minor', this.deps.t()('parameters')));
          const list = bubble.appendChild(element('ol', 'parameters'));
          for (const parameter of parameters) list.appendChild(element('li', undefined, parameter.text));
        }
        this.snippets.set(id, templateText ?? template.name);
        break;
      }
    }
    const meta = this.meta(bubble, id, at);
    meta.prepend(element('span', 'status'));
    this.row('in', bubble, below);
  }

  /** @param {string} mediaId */
  mediaUrl(mediaId) {
    return `${this.deps.base}/api/media/${encodeURIComponent(mediaId)}`;
  }

  /**
   * A file the bot sent: tapping it downloads it under its name (from the fake's media store),
   * as tapping a document in WhatsApp saves it.
   * @param {{ id?: string; link?: string; filename?: string }} file
   */
  botDocumentCard(file) {
    const name = file.filename ?? this.deps.t()('document');
    const url = file.id === undefined ? file.link : `${this.mediaUrl(file.id)}?download=1`;
    const card = this.documentCard(name, undefined, url);
    if (card instanceof HTMLAnchorElement && file.id !== undefined) {
      card.download = name;
      card.removeAttribute('target');
    }
    return card;
  }

  /**
   * @param {string} name
   * @param {string | undefined} mimeType
   * @param {string | undefined} url
   */
  documentCard(name, mimeType, url) {
    const card = element(url ? 'a' : 'div', 'doc');
    if (card instanceof HTMLAnchorElement && url) {
      card.href = url;
      card.target = '_blank';
      card.rel = 'noopener noreferrer';
    }
    const extension = (name.includes('.') ? name.split('.').pop() : mimeType?.split('/').pop()) ?? 'file';
    card.appendChild(element('span', 'doc-icon', extension.slice(0, 4).toUpperCase()));
    card.appendChild(element('span', 'doc-name', name));
    return card;
  }

  /** @param {HTMLElement} bubble @param {string} id @param {string} at */
  meta(bubble, id, at) {
    const meta = bubble.appendChild(element('span', 'meta'));
    meta.appendChild(element('time', undefined, clock(at)));
    this.metas.set(id, meta);
    return meta;
  }

  /** @param {'in' | 'out'} side @param {HTMLElement} bubble @param {HTMLElement} [below] */
  row(side, bubble, below) {
    const row = element('div', `row ${side}`);
    row.appendChild(bubble);
    if (below) row.appendChild(below);
    this.root.appendChild(row);
  }

  /**
   * A line from the simulator itself, not from either side of the chat.
   * @param {'warn' | 'error' | 'info'} tone
   * @param {string} title
   * @param {readonly string[]} [lines]
   */
  note(tone, title, lines = []) {
    const note = element('div', `note ${tone}`);
    note.setAttribute('role', tone === 'info' ? 'status' : 'alert');
    note.appendChild(element('strong', undefined, title));
    const details = lines.filter((line) => line !== '');
    if (details.length > 0) {
      const list = note.appendChild(element('ul'));
      for (const line of details) list.appendChild(element('li', undefined, line));
    }
    this.root.appendChild(note);
    this.following = true;
    this.follow();
  }
}
