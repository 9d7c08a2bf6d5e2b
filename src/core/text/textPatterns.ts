/**
 * Every regular expression of src/core/text, named so the code reads as prose (test/regex pumps every
 * literal in src, wherever it is written).
 */
export const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029]/;
/** Join links of online meetings: not material, but proof the meeting has a place. */
export const JOIN_LINK_RE =
  /teams\.microsoft\.com\/l\/meetup-join|teams\.microsoft\.com\/meet\/|teams\.live\.com\/meet|zoom\.us\/(?:j|w|my|s)\/|[a-z0-9-]\.webex\.com\/|meeting\.tencent\.com\/|voovmeeting\.com\/|meeting\.dingtalk\.com\/|vc\.feishu\.cn\/j/i;
/** Links a Teams or Zoom invite footer carries besides the join link (help, options, dial-in): not material either. */
export const INVITE_FOOTER_LINK_RE =
  /aka\.ms\/JoinTeamsMeeting|teams\.microsoft\.com\/meetingOptions|dialin\.teams\.microsoft\.com|microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?microsoft-teams\/|go\.microsoft\.com\/fwlink|zoom\.us\/(?:u|zoomconference)\b|^(?:mailto|tel|sip|javascript|data):|^#/i;
/** A bare URL in text; stops at whitespace, quotes, angle brackets and CJK punctuation. */
export const BARE_URL_RE = /https?:\/\/[^\s<>"'，。；）》】]+/gi;
