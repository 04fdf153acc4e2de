// @ts-check
/**
 * The simulator's own words (its chrome), in English and Telugu. The chat itself shows the
 * bot's messages exactly as sent, in whatever language the bot chose.
 */

const EN = {
  citizen: 'Chatting as',
  otherCitizen: 'Another citizen…',
  otherPlaceholder: '91… or IN.…',
  numberHidden: 'number hidden',
  message: 'Message',
  send: 'Send',
  attach: 'Attach',
  photo: 'Photo',
  samplePhoto: 'Sample photo',
  document: 'Document',
  location: 'Location',
  shareLocation: 'Send a location',
  currentLocation: 'Where I am now',
  close: 'Close',
  online: 'online',
  typing: 'typing…',
  reconnecting: 'Connection lost — reconnecting…',
  template: 'Template',
  parameters: 'Parameters',
  open: 'Open',
  refused: 'WhatsApp would refuse what the bot just sent',
  webhookFailed: 'The bot did not accept the webhook',
  statusFailed: 'The bot did not accept a status webhook',
  sendFailed: 'Could not send',
  chooseOne: 'Choose one',
  reported: 'reported to the bot',
};

/** @type {Record<keyof typeof EN, string>} */
const TE = {
  citizen: 'పౌరులు',
  otherCitizen: 'ఇతర పౌరులు…',
  otherPlaceholder: '91… లేదా IN.…',
  numberHidden: 'నంబరు దాచారు',
  message: 'సందేశం',
  send: 'పంపండి',
  attach: 'జత చేయండి',
  photo: 'ఫోటో',
  samplePhoto: 'నమూనా ఫోటో',
  document: 'పత్రం',
  location: 'స్థానం',
  shareLocation: 'స్థానం పంపండి',
  currentLocation: 'నేను ఇప్పుడున్న చోటు',
  close: 'మూసివేయండి',
  online: 'ఆన్‌లైన్',
  typing: 'టైప్ చేస్తోంది…',
  reconnecting: 'కనెక్షన్ పోయింది — మళ్ళీ కలుపుతోంది…',
  template: 'టెంప్లేట్',
  parameters: 'విలువలు',
  open: 'తెరవండి',
  refused: 'బాట్ పంపిన దాన్ని WhatsApp తిరస్కరిస్తుంది',
  webhookFailed: 'బాట్ వెబ్‌హుక్‌ను స్వీకరించలేదు',
  statusFailed: 'బాట్ స్థితి వెబ్‌హుక్‌ను స్వీకరించలేదు',
  sendFailed: 'పంపలేకపోయాం',
  chooseOne: 'ఒకటి ఎంచుకోండి',
  reported: 'బాట్‌కు తెలిపాం',
};

/** @typedef {keyof typeof EN} TextKey */
/** @typedef {'en' | 'te'} Language */
/** @typedef {(key: TextKey) => string} Translate */

/** @param {Language} language @returns {Translate} */
export function translator(language) {
  const table = language === 'te' ? TE : EN;
  return (key) => table[key];
}

/** @param {unknown} value @returns {value is Language} */
export function isLanguage(value) {
  return value === 'en' || value === 'te';
}
