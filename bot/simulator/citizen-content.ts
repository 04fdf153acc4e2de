import type { StoredMedia } from '../fake-graph/media-store';
import type { SendRequest } from './send-request';
import type { CitizenView } from './simulator-events';
import type { CitizenContent } from './webhook-payload';

/**
 * What the citizen did, as the webhook's message content and as the chat shows it; a reason
 * when it cannot be sent (a photo or document that was never uploaded).
 */
export function citizenContent(
  request: SendRequest,
  getMedia: (id: string) => StoredMedia | undefined,
): { content: CitizenContent; view: CitizenView } | string {
  switch (request.kind) {
    case 'text':
      return { content: { type: 'text', text: { body: request.text } }, view: { type: 'text', text: request.text } };
    case 'button_reply': {
      const reply = { id: request.id, title: request.title };
      return {
        content: { type: 'interactive', interactive: { type: 'button_reply', button_reply: reply } },
        view: { type: 'button_reply', ...reply },
      };
    }
    case 'list_reply': {
      const reply = {
        id: request.id,
        title: request.title,
        ...(request.description === undefined ? {} : { description: request.description }),
      };
      return {
        content: { type: 'interactive', interactive: { type: 'list_reply', list_reply: reply } },
        view: { type: 'list_reply', ...reply },
      };
    }
    case 'image':
    case 'document': {
      const media = getMedia(request.mediaId);
      if (!media) return `media ${request.mediaId} was not uploaded`;
      const caption = request.caption === undefined ? {} : { caption: request.caption };
      const described = { ...caption, mime_type: media.mimeType, sha256: media.sha256Base64, id: media.id };
      const shown = { mediaId: media.id, mimeType: media.mimeType, ...caption };
      return request.kind === 'image'
        ? { content: { type: 'image', image: described }, view: { type: 'image', ...shown } }
        : {
            content: { type: 'document', document: { ...described, filename: request.filename } },
            view: { type: 'document', ...shown, filename: request.filename },
          };
    }
    case 'location': {
      const { latitude, longitude, name, address } = request;
      const location = {
        latitude,
        longitude,
        ...(name === undefined ? {} : { name }),
        ...(address === undefined ? {} : { address }),
      };
      return { content: { type: 'location', location }, view: { type: 'location', ...location } };
    }
    default: {
      const unhandled: never = request;
      return `unknown kind ${JSON.stringify(unhandled)}`;
    }
  }
}
