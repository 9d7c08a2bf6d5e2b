/** Every regular expression of src/core/rules, exported for the regex pump test (test/regex). */

/** A break mentioned anywhere in the invite (`中场休息10分钟`, `with a short break`). */
export const BREAK_MENTION_RE = /休息|茶歇|\bbreaks?\b|\bcoffee\b|\bpause\b/i;
