/**
 * Every regular expression of src/core/rules, named so the code reads as prose (test/regex pumps every
 * literal in src, wherever it is written).
 */

/** A break mentioned anywhere in the invite (`中场休息10分钟`, `with a short break`). */
export const BREAK_MENTION_RE = /休息|茶歇|\bbreaks?\b|\bcoffee\b|\bpause\b/i;
