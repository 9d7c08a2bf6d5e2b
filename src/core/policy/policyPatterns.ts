/**
 * Every regular expression of src/core/policy, named so the code reads as prose (test/regex pumps every
 * literal in src, wherever it is written).
 */
export const HHMM_RE = /^(\d{1,2}):(\d{2})$/;
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;
