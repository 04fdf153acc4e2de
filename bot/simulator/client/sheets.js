// @ts-check
/* global document, navigator, HTMLDialogElement */
import { element } from './chat-view.js';

/** @typedef {import('../../whatsapp/outbound-types').ListInteractive} ListInteractive */
/** @typedef {import('./chat-view.js').Tap} Tap */
/** @typedef {import('./i18n.js').Translate} Translate */
/** @typedef {{ latitude: number; longitude: number; name?: string; address?: string }} Place */

/** @param {string} id */
export function dialog(id) {
  const found = document.getElementById(id);
  if (!(found instanceof HTMLDialogElement)) throw new Error(`#${id} is not a dialog`);
  // A tap on the backdrop (the dialog itself, outside its content) closes it, as on a phone.
  found.addEventListener('click', (event) => {
    if (event.target === found) found.close();
  });
  for (const close of found.querySelectorAll('[data-close]')) close.addEventListener('click', () => found.close());
  return found;
}

/**
 * A list message opened: its sections and rows, one to choose, then Send (as WhatsApp does).
 * @param {HTMLDialogElement} sheet
 * @param {ListInteractive} list
 * @param {string} replyTo
 * @param {(tap: Tap) => void} onTap
 */
export function openListSheet(sheet, list, replyTo, onTap) {
  const title = sheet.querySelector('h2');
  const rows = sheet.querySelector('.list-rows');
  const send = sheet.querySelector('footer button');
  if (!title || !rows || !(send instanceof HTMLButtonElement)) return;
  title.textContent = list.action.button;
  rows.replaceChildren();
  /** @type {Tap | undefined} */
  let chosen;
  send.disabled = true;
  for (const section of list.action.sections) {
    if (section.title) rows.appendChild(element('h3', undefined, section.title));
    for (const row of section.rows) {
      const option = rows.appendChild(element('button', 'option'));
      option.type = 'button';
      option.setAttribute('role', 'radio');
      option.setAttribute('aria-checked', 'false');
      const words = option.appendChild(element('span', 'option-words'));
      words.appendChild(element('span', 'option-title', row.title));
      if (row.description) words.appendChild(element('span', 'option-description', row.description));
      option.appendChild(element('span', 'radio'));
      option.addEventListener('click', () => {
        for (const other of rows.querySelectorAll('[role="radio"]')) other.setAttribute('aria-checked', 'false');
        option.setAttribute('aria-checked', 'true');
        chosen = {
          kind: 'list_reply',
          id: row.id,
          title: row.title,
          ...(row.description ? { description: row.description } : {}),
          replyTo,
        };
        send.disabled = false;
      });
    }
  }
  send.onclick = () => {
    if (!chosen) return;
    sheet.close();
    onTap(chosen);
  };
  sheet.showModal();
}

/** Places in Andhra Pradesh to send as a location, for trying forms that ask where something is. */
export const PLACES = /** @type {const} */ ([
  { latitude: 16.5193, longitude: 80.5166, name: 'AP Secretariat', address: 'Velagapudi, Amaravati' },
  { latitude: 16.2378, longitude: 80.6472, name: 'Tenali bus station', address: 'Tenali, Guntur district' },
  { latitude: 17.7142, longitude: 83.3236, name: 'RK Beach', address: 'Beach Road, Visakhapatnam' },
  { latitude: 13.6288, longitude: 79.4192, name: 'Tirupati railway station', address: 'Tirupati' },
]);

/**
 * @param {HTMLDialogElement} sheet
 * @param {Translate} t
 * @param {(place: Place) => void} onPlace
 */
export function openLocationSheet(sheet, t, onPlace) {
  const places = sheet.querySelector('.list-rows');
  if (!places) return;
  places.replaceChildren();
  /** @param {string} title @param {string} detail @param {() => void} choose */
  const option = (title, detail, choose) => {
    const button = places.appendChild(element('button', 'option'));
    button.type = 'button';
    const words = button.appendChild(element('span', 'option-words'));
    words.appendChild(element('span', 'option-title', title));
    words.appendChild(element('span', 'option-description', detail));
    button.addEventListener('click', () => {
      sheet.close();
      choose();
    });
  };
  option(t('currentLocation'), 'GPS', () =>
    navigator.geolocation.getCurrentPosition(
      (position) => onPlace({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      () => onPlace({ latitude: PLACES[0].latitude, longitude: PLACES[0].longitude }),
    ),
  );
  for (const place of PLACES) option(place.name, place.address, () => onPlace(place));
  sheet.showModal();
}
