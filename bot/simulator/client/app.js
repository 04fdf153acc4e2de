// @ts-check
/* global document, localStorage, EventSource, fetch, setTimeout, clearTimeout */
import { ChatView, element } from './chat-view.js';
import { isLanguage, translator } from './i18n.js';
import { dialog, openListSheet, openLocationSheet } from './sheets.js';

/** @typedef {import('../simulator-events').SimulatorEvent} SimulatorEvent */
/** @typedef {import('./chat-view.js').Tap} Tap */
/** @typedef {import('./sheets.js').Place} Place */
/** @typedef {{ id: string; name: string; hidesNumber: boolean }} CitizenChoice */
/** @typedef {{ displayPhoneNumber: string; citizens: CitizenChoice[] }} Config */

// The bot shows "typing…" for at most 25 seconds, or until it replies.
const TYPING_MS = 25_000;
const OTHER = '__other__';

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} is missing`);
  return found;
}

const app = byId('app', HTMLDivElement);
const base = app.dataset.base ?? '';
const chat = byId('chat', HTMLElement);
const subtitle = byId('subtitle', HTMLSpanElement);
const connection = byId('connection', HTMLParagraphElement);
const picker = byId('citizen', HTMLSelectElement);
const otherCitizen = byId('citizen-other', HTMLInputElement);
const text = byId('text', HTMLInputElement);
const photoFile = byId('photo-file', HTMLInputElement);
const documentFile = byId('document-file', HTMLInputElement);
const listSheet = dialog('list-sheet');
const attachSheet = dialog('attach-sheet');
const locationSheet = dialog('location-sheet');

const stored = localStorage.getItem('seva-simulator-language');
let t = translator(isLanguage(stored) ? stored : 'en');
let language = isLanguage(stored) ? stored : 'en';
let citizen = localStorage.getItem('seva-simulator-citizen') ?? '';
/** @type {Config} */
let config = { displayPhoneNumber: '', citizens: [] };
/** @type {EventSource | undefined} */
let source;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let typingTimer;

const view = new ChatView(chat, {
  base,
  t: () => t,
  onTap: (tap) => void send(tap),
  onOpenList: (list, replyTo) => openListSheet(listSheet, list, replyTo, (tap) => void send(tap)),
  onTyping: showTyping,
});

/** @param {string} digits */
function formatPhone(digits) {
  return /^91\d{10}$/.test(digits) ? `+91 ${digits.slice(2, 7)} ${digits.slice(7)}` : `+${digits}`;
}

/** @param {boolean} typing */
function showTyping(typing) {
  if (typingTimer !== undefined) clearTimeout(typingTimer);
  subtitle.textContent = typing ? t('typing') : formatPhone(config.displayPhoneNumber);
  subtitle.classList.toggle('typing', typing);
  if (typing) typingTimer = setTimeout(() => showTyping(false), TYPING_MS);
}

function applyLanguage() {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-text]')) {
    if (node instanceof HTMLElement)
      node.textContent = t(/** @type {import('./i18n.js').TextKey} */ (node.dataset.text));
  }
  for (const node of document.querySelectorAll('[data-label]')) {
    if (!(node instanceof HTMLElement)) continue;
    const label = t(/** @type {import('./i18n.js').TextKey} */ (node.dataset.label));
    node.setAttribute('aria-label', label);
    node.title = label;
  }
  text.placeholder = t('message');
  otherCitizen.placeholder = t('otherPlaceholder');
  const toggle = byId('language', HTMLButtonElement);
  toggle.textContent = language === 'en' ? 'తెలుగు' : 'English';
  toggle.lang = language === 'en' ? 'te' : 'en';
  fillPicker();
  showTyping(false);
}

function fillPicker() {
  picker.replaceChildren();
  const choices = [...config.citizens];
  if (citizen !== '' && !choices.some((choice) => choice.id === citizen)) {
    choices.push({ id: citizen, name: citizen, hidesNumber: !/^\d+$/.test(citizen) });
  }
  for (const choice of choices) {
    const label = choice.hidesNumber
      ? `${choice.name} · ${t('numberHidden')}`
      : `${choice.name} · ${formatPhone(choice.id)}`;
    const option = picker.appendChild(element('option', undefined, label));
    option.value = choice.id;
  }
  picker.appendChild(element('option', undefined, t('otherCitizen'))).value = OTHER;
  picker.value = citizen;
}

/** @param {string} next */
function openChat(next) {
  citizen = next;
  localStorage.setItem('seva-simulator-citizen', next);
  source?.close();
  view.clear();
  showTyping(false);
  source = new EventSource(`${base}/api/events?citizen=${encodeURIComponent(next)}`);
  source.onmessage = (message) => view.apply(/** @type {SimulatorEvent} */ (JSON.parse(String(message.data))));
  source.onopen = () => {
    connection.hidden = true;
  };
  source.onerror = () => {
    connection.textContent = t('reconnecting');
    connection.hidden = false;
  };
}

/** @param {Record<string, unknown>} action */
async function send(action) {
  const name = config.citizens.find((choice) => choice.id === citizen)?.name;
  const response = await fetch(`${base}/api/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: citizen, ...(name ? { name } : {}), ...action }),
  });
  if (response.ok) return;
  const body = /** @type {{ error?: { code?: string; message?: string } }} */ (await response.json().catch(() => ({})));
  // A webhook the bot refused shows up in the chat through the event stream already.
  if (body.error?.code !== 'unavailable')
    view.note('warn', t('sendFailed'), [body.error?.message ?? String(response.status)]);
}

/** @param {Blob} file */
async function upload(file) {
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (!response.ok) throw new Error(`upload failed: ${response.status}`);
  return /** @type {{ mediaId: string }} */ (await response.json()).mediaId;
}

/** The text typed so far becomes a photo's or document's caption, as in WhatsApp. */
function takeCaption() {
  const caption = text.value.trim();
  text.value = '';
  return caption === '' ? {} : { caption };
}

/** @param {Blob} photo */
async function sendPhoto(photo) {
  await send({ kind: 'image', mediaId: await upload(photo), ...takeCaption() });
}

/** @param {Place} place */
function sendPlace(place) {
  void send({ kind: 'location', ...place });
}

byId('composer', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const message = text.value.trim();
  if (message === '') return;
  text.value = '';
  void send({ kind: 'text', text: message });
});

byId('language', HTMLButtonElement).addEventListener('click', () => {
  language = language === 'en' ? 'te' : 'en';
  t = translator(language);
  localStorage.setItem('seva-simulator-language', language);
  applyLanguage();
});

picker.addEventListener('change', () => {
  const other = picker.value === OTHER;
  otherCitizen.hidden = !other;
  if (other) otherCitizen.focus();
  else openChat(picker.value);
});

otherCitizen.addEventListener('change', () => {
  const typed = otherCitizen.value.replace(/[\s+-]/g, '');
  if (!/^(\d{6,15}|[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128})$/.test(typed)) return;
  otherCitizen.hidden = true;
  otherCitizen.value = '';
  openChat(typed);
  fillPicker();
});

byId('camera', HTMLButtonElement).addEventListener('click', () => photoFile.click());
byId('attach', HTMLButtonElement).addEventListener('click', () => attachSheet.showModal());
for (const choice of attachSheet.querySelectorAll('[data-attach]')) {
  choice.addEventListener('click', () => {
    attachSheet.close();
    const kind = choice instanceof HTMLElement ? choice.dataset.attach : undefined;
    if (kind === 'photo') photoFile.click();
    else if (kind === 'document') documentFile.click();
    else if (kind === 'location') openLocationSheet(locationSheet, t, sendPlace);
    else if (kind === 'sample')
      void fetch(`${base}/api/sample-photo.png`).then(async (response) => sendPhoto(await response.blob()));
  });
}
photoFile.addEventListener('change', () => {
  const file = photoFile.files?.[0];
  photoFile.value = '';
  if (file) void sendPhoto(file);
});
documentFile.addEventListener('change', () => {
  const file = documentFile.files?.[0];
  documentFile.value = '';
  if (!file) return;
  void upload(file).then((mediaId) => send({ kind: 'document', mediaId, filename: file.name, ...takeCaption() }));
});

config = /** @type {Config} */ (await (await fetch(`${base}/api/config`)).json());
if (citizen === '') citizen = config.citizens[0]?.id ?? '919876543210';
applyLanguage();
openChat(citizen);
