// @ts-check
/* global document */
/**
 * WhatsApp's text formatting, rendered safely (DOM nodes, never HTML strings): ```monospace
 * blocks```, `inline code`, *bold*, _italic_, ~strikethrough~, and links.
 */

const STYLES = /** @type {const} */ ({ '*': 'strong', _: 'em', '~': 's', '`': 'code' });
// A marker opens after the start, a space or an opening bracket, and closes before the end,
// a space or punctuation; the text between neither starts nor ends with a space.
const INLINE = /(^|[\s([{])([*_~`])(\S(?:[^\n]*?\S)?)\2(?=$|[\s.,!?;:)\]}'"’])/;
const LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,!?;:)\]]/;

/**
 * @param {Node} parent
 * @param {string} text
 */
export function appendFormatted(parent, text) {
  const blocks = text.split('```');
  blocks.forEach((block, index) => {
    // Odd pieces sit between two fences.
    if (index % 2 === 1 && index < blocks.length - 1) {
      const pre = document.createElement('pre');
      pre.textContent = block.replace(/^\n/, '');
      parent.appendChild(pre);
    } else {
      // The line break right after a block belongs to the block.
      const rest = index > 0 && index % 2 === 0 ? block.replace(/^\n/, '') : block;
      appendInline(parent, index % 2 === 1 ? '```' + rest : rest);
    }
  });
}

/**
 * @param {Node} parent
 * @param {string} text
 */
function appendInline(parent, text) {
  const styled = INLINE.exec(text);
  const link = LINK.exec(text);
  if (link && (!styled || link.index < styled.index + (styled[1] ?? '').length)) {
    parent.appendChild(document.createTextNode(text.slice(0, link.index)));
    const anchor = document.createElement('a');
    anchor.href = link[0];
    anchor.textContent = link[0];
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
    parent.appendChild(anchor);
    appendInline(parent, text.slice(link.index + link[0].length));
    return;
  }
  if (!styled) {
    if (text !== '') parent.appendChild(document.createTextNode(text));
    return;
  }
  const [whole, before = '', marker = '*', inner = ''] = styled;
  parent.appendChild(document.createTextNode(text.slice(0, styled.index) + before));
  const element = document.createElement(STYLES[/** @type {keyof typeof STYLES} */ (marker)]);
  if (marker === '`') element.textContent = inner;
  else appendInline(element, inner);
  parent.appendChild(element);
  appendInline(parent, text.slice(styled.index + whole.length));
}
