/**
 * Every regular expression the agenda, goal and type parsers use, named so the parsers read as prose
 * (test/regex pumps every literal in src, wherever it is written).
 * All run on one normalized line (full-width punctuation already folded to ASCII), are anchored or
 * start at a literal, and have no nested quantifiers, so each is linear in the line's length.
 */

/** List markers: bullets, `1.` `1)` `(1)` `一、` `①`, markdown emphasis. Never eats the digits of a clock (`14:00`). */
export const BULLET_RE =
  /^[\s>]*(?:[-*+•·●○◦▪■◆◇►▶‣⁃➢➤Ø§☐☑✓✔]+\s*|\d{1,3}[.)、](?![\d:])\s*|\(\d{1,3}\)\s*|[一二三四五六七八九十]{1,3}[、.]\s*|\([一二三四五六七八九十]{1,3}\)\s*|[①-⑳]\s*|[a-zA-Z][.)]\s+)?/;

/** A clock range: `14:00-14:10`, `9:00 ~ 9:30`, `14:00至14:10`, `2:00 to 2:30 pm`, `11:30am-12:15pm`. */
export const CLOCK_RANGE_RE =
  /(?<!\d|\d:)(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?\s*(?:-{1,2}|~|至|到|to)\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?(?![\d:])/i;
/** Every clock range of a line, to split a one-line agenda (`…:14:00-14:10 A(…);14:10-14:30 B(…)`). */
export const CLOCK_RANGE_ALL_RE =
  /(?<!\d|\d:)(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?\s*(?:-{1,2}|~|至|到|to)\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?(?![\d:])/gi;
/** The same at the start of a line (after a list marker has been removed). */
export const CLOCK_START_RE =
  /^\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?\s*(?:-{1,2}|~|至|到|to)\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![A-Za-z]))?(?![\d:])/i;

/** Minutes: `20分钟` `20 min` `20m` `20'` `1.5小时` `2h`. The look-behind keeps a clock's minutes out. */
export const DURATION_RE =
  /(?<![\d.:A-Za-z])(\d{1,4}(?:\.\d{1,2})?)\s*(分钟|分|mins?|minutes?|m|'|′|’|小时|个小时|h|hrs?|hours?)(?![A-Za-z])/i;
/** `半小时`, `一小时`, `一个半小时`. */
export const WORD_DURATION_RE = /(一个半小时|半小时|半个小时|一个小时|一小时|两小时|两个小时)/;
/** A duration cell or label without a unit: `时长: 20`, `Duration: 20`. */
export const DURATION_LABEL_RE = /(?:时长|用时|duration|timebox|length)\s*:?\s*(\d{1,4})(?![\d:])/i;

/** Owner, labelled: `负责人:李工`, `主持人李工`, `Owner: Li`, `Presenter: Wang`. The value runs to the next separator. */
export const OWNER_ZH_RE =
  /(?:负责人|主持人|主持|主讲人|主讲|汇报人|发言人|引导人|牵头人|牵头)\s*:?\s*([^,;()|\t]*)/;
export const OWNER_EN_RE =
  /\b(?:owners?|leads?|presenters?|facilitators?|speakers?|hosts?|driver|dri)\s*:\s*([^,;()|\t]*)/i;

/**
 * A part that ends in a role word names someone (`各部门负责人`, `交付经理`, `Deliverables lead`): the
 * label words inside it (`负责人`, `交付`, `Deliverables`) are part of the name, not a label.
 */
export const ROLE_END_RE =
  /(?:负责人|主持人|主讲人|汇报人|发言人|引导人|牵头人|经理|总监|主管|组长|部长|\b(?:leads?|owners?|managers?|directors?|heads?))$/i;

/** Expected output, labelled: `输出《需求优先级共识表》`, `预期输出:…`, `Output: …`, `Deliverable: …`, `→ …`. */
export const OUTPUT_ZH_RE = /(?:预期输出|预期产出|输出|产出|交付物|交付|成果)\s*:?\s*([^,;()|\t]*)/;
export const OUTPUT_EN_RE =
  /\b(?:expected\s+outputs?|outputs?|deliverables?)(?:\s*:\s*|\s+)([^,;()|\t]*)|\boutcomes?\s*:\s*([^,;()|\t]*)/i;
export const ARROW_RE = /(?:→|->|=>|⇒)\s*([^,;()|\t]*)/;
/** A document title in 《》 or 〈〉 names a deliverable. */
export const DOC_TITLE_RE = /《[^《》]{1,80}》/;

/** What an item is for. */
export const BREAK_RE = /休息|茶歇|\bbreaks?\b|coffee|\bpause\b/i;
export const DECIDE_RE =
  /决策|决定|决议|分工|行动项|拍板|审批|\bdecid|\bdecision|\bapprov|\baction\s+items?\b|\bsign[\s-]?off\b/i;
export const INFO_RE =
  /同步|汇报|介绍|现状|通报|进展|\bupdates?\b|\bstatus\b|\breports?\b|\breporting\b|\bbriefing\b|\bintroduction\b|\boverview\b/i;

/** Decorations before a label: bullets, `#`, `**`, `【`, `[`, section numbers (`一、`, `2.`, `(三)`). */
export const LABEL_LEAD_RE =
  /^[\s#*>•·-]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.](?![\d:])\s*|\([一二三四五六七八九十\d]{1,3}\)\s*)?[【[*\s]*/;
/** What may follow a label: a short note in brackets (`议程(共60分钟):`), closing brackets, `**`, then an optional colon. */
export const LABEL_TAIL_RE = /^(?:\s*\([^()]{0,40}\))?([】\]*\s]*)(:?)[\s*]*/;

export const AGENDA_LABEL_RE =
  /^(?:本次会议|会议)?(?:议程|议题)(?:安排|内容)?(?:如下)?|^(?:meeting\s+|proposed\s+|draft\s+)?agenda(?:\s+items)?(?![A-Za-z])/i;
export const GOAL_LABEL_RE =
  /^(?:本次会议|本次|会议)?的?(?:目标|目的)|^(?:meeting\s+)?(?:goals?|objectives?|purpose|(?:desired|expected)\s+outcomes?|outcomes?)(?:\s+of\s+(?:the|this)\s+meeting)?(?![A-Za-z])/i;
/** Labels that end an agenda section (the rulebook: `预读材料:`, `Pre-read:`, ...). */
export const SECTION_LABEL_RE =
  /^(?:预读材料|预读|会前材料|会议材料|材料|附件|参会人员|参会人|与会人员|参与人员|出席人员|会议地点|地点|会议室|会议时间|时间|日期|会议形式|形式|备注|注意事项|会前准备|需提前准备|请提前准备|准备事项|请假|请假说明|会议类型|类型|背景|会议背景|会议链接|入会链接|线上链接|联系人|记录人|主持人|会议纪要)|^(?:pre-?reads?|pre-?reading|materials?|attachments?|attendees|participants|invitees|location|venue|where|when|time|date|format|notes?|preparation|to prepare|please prepare|before the meeting|absences?|background|context|join|meeting link|type|meeting type|facilitator|note-?taker|contacts?)(?![A-Za-z])/i;
/** Lines under an item that only add one of its parts (`负责人:…`, `时长:…`, `Output: …`). */
export const PART_LINE_RE =
  /^(?:负责人|主持人|主讲人|主讲|汇报人|时长|用时|预期输出|预期产出|输出|产出|交付物|owners?|leads?|presenters?|duration|expected outputs?|outputs?|outcomes?|deliverables?)\s*:/i;

/** Table header cells: which part a column supplies. */
export const COL_TIME_RE = /^(?:时间|时段|起止时间|time|slot|when)$/i;
export const COL_TITLE_RE =
  /^(?:议题|议程|议程项|事项|内容|主题|环节|topic|items?|agenda(?:\s+items?)?|subject|title|session)$/i;
export const COL_OWNER_RE =
  /^(?:负责人|主持人|主讲人|主讲|汇报人|发言人|owners?|leads?|presenters?|speakers?|facilitators?|who)$/i;
export const COL_MINUTES_RE =
  /^(?:时长|用时|分钟|duration|minutes|mins|length|time\s*\(min(?:utes)?\))(?:\s*\((?:分钟|min|minutes)\))?$/i;
export const COL_OUTPUT_RE =
  /^(?:预期输出|预期产出|输出|产出|交付物|outputs?|expected\s+outputs?|deliverables?|outcomes?)$/i;

/** Meeting type: 决策型/讨论型/告知型, `会议类型:决策`, `Type: Decision/Discussion/Informational (FYI)`. */
export const TYPE_ZH_RE = /(决策|讨论|告知|通报)型|类型\s*:\s*(决策|讨论|告知|通报)/;
export const TYPE_EN_RE =
  /\btype\s*:\s*\(?(decision(?:-making)?|discussion|informational|information|info|fyi)\b/i;

/** Goals that only talk; and words that name a decision or a deliverable. */
export const VAGUE_GOAL_RE =
  /沟通|交流|同步|讨论|聊聊|碰一下|对齐一下|了解|看看|\bsync(?:\s+up)?\b|\btouch\s+base\b|\bcatch\s+up\b|\bdiscuss|\bcommunicat|\bupdates?\b|\bcheck[\s-]in\b|\balign(?:ment)?\b|\bchat\b|\btalk/i;
export const RESULT_VERB_RE =
  /确定|明确|决定|敲定|批准|制定|完成|输出|界定|拆解|分配|选定|确认|审批|通过|达成|形成|产出|定稿|签署|商定|议定|选出|落实|解决|评审并|\bdecid|\bagree|\bapprov|\bfinali[sz]|\bconfirm|\bselect|\bchoose|\bpick\b|\bassign|\bproduce|\bdefine|\bprioriti[sz]|\bresolve|\bsign[\s-]?off|\bcommit\b|\ballocate|\bdeliver|\bdetermine|\bsettle|\bestablish|\bset\s+the\b|\bship\b|\bdraft\b|\bcomplete\b|\bidentify|\brank\b/i;
export const DELIVERABLE_NOUN_RE =
  /《[^《》]{1,80}》|方案|清单|排期|计划|预算|报告|结论|共识|负责人|分工|交付物|时间表|路线图|\bplan\b|\blist\b|\bschedule\b|\bbudget\b|\btimeline\b|\broadmap\b|\bspec\b|\bproposal\b|\bowners?\b|\bdeadline\b|\bdecisions?\b/i;
/** An explicit "no pre-reads". */
export const NO_PREREADS_RE =
  /无预读|无需预读|不需要预读|无预读材料|暂无预读|没有预读|\bno\s+pre-?reads?\b|\bno\s+pre-?reading\b|\bno\s+materials?\b|pre-?reads?\s*:\s*(?:none|n\/a|无)(?![A-Za-z])|预读(?:材料)?\s*:\s*(?:无|暂无|没有)/i;
/**
 * A part that names someone has a letter: Latin, Greek, Cyrillic, kana, Han or Hangul. A plain class,
 * not \p{L}: the property escape is several times slower per character on long input.
 */
export const LETTER_RE =
  /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
