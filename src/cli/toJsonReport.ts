import type { Finding } from '../core/model/Finding';
import type { Invite } from '../core/model/Invite';
import { zoneLabel } from '../core/time/definedZone';
import { toZonedIso } from '../core/time/toZonedIso';

/** One element of `--format json`, exactly the RULEBOOK's CLI contract. */
export interface JsonReportEntry {
  source: string;
  subject: string;
  /** ISO 8601 with the meeting zone's offset: the local wall time a person reads, and still one instant. */
  start: string;
  end: string;
  /** IANA zone the meeting was judged in, or the TZID of a zone the .ics file defines (VTIMEZONE). */
  timeZone: string;
  blocked: boolean;
  findings: Finding[];
}

function zoned(instant: string, zone: string): string {
  try {
    return toZonedIso(instant, zone);
  } catch {
    return instant;
  }
}

export function toJsonReport(
  invite: Invite,
  verdict: { findings: Finding[]; blocked: boolean },
): JsonReportEntry {
  return {
    source: invite.source,
    subject: invite.subject,
    start: zoned(invite.start, invite.timeZone),
    end: zoned(invite.end, invite.timeZone),
    timeZone: zoneLabel(invite.timeZone),
    blocked: verdict.blocked,
    findings: verdict.findings.map((f) => {
      const out: Finding = { rule: f.rule, severity: f.severity, message: f.message };
      if (f.evidence !== undefined) out.evidence = f.evidence;
      if (f.fix !== undefined) out.fix = f.fix;
      return out;
    }),
  };
}
