import { INVITE_FOOTER_LINK_RE, JOIN_LINK_RE } from '../text/textPatterns';

/** A link that is reading material: not a join link (Teams, Zoom, Webex, 腾讯会议), invite footer, mailto or tel. */
export function isMaterialLink(href: string): boolean {
  const h = href.trim();
  if (h === '') return false;
  return !JOIN_LINK_RE.test(h) && !INVITE_FOOTER_LINK_RE.test(h);
}
