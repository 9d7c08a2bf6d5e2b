import type { InviteBody } from '../model/Invite';
import { htmlToText } from './htmlToText';

/** A body as Graph and Office.js give it: HTML goes through htmlToText, plain text keeps its lines. */
export function bodyFromContent(content: string, contentType: 'html' | 'text'): InviteBody {
  if (contentType === 'html') return htmlToText(content);
  return { text: content.replace(/\r\n?/g, '\n'), links: [] };
}
