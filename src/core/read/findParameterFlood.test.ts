import { describe, expect, it } from 'vitest';
import { findParameterFlood } from './findParameterFlood';

const ev = (line: string) =>
  ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', line, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

describe('findParameterFlood', () => {
  it('passes what Outlook writes', () => {
    expect(
      findParameterFlood(ev('ATTENDEE;CN="Li, Gong";RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:li@contoso.com')),
    ).toBeNull();
  });

  it('finds the line that starts the flood, counting folded continuations with it', () => {
    const line = `X-A${';P=v'.repeat(60)}\r\n ${';P=v'.repeat(60)}:x`;
    expect(findParameterFlood(ev(line), 100)).toBe(3);
  });

  it('resets the count on every content line', () => {
    const lines = Array.from({ length: 50 }, () => `X-A${';P=v'.repeat(90)}:x`).join('\r\n');
    expect(findParameterFlood(ev(lines), 100)).toBeNull();
  });

  it('does not count ; in a quoted value or in the property value', () => {
    expect(findParameterFlood(ev(`X-A;CN="${';'.repeat(500)}":v`), 100)).toBeNull();
    expect(findParameterFlood(ev(`DESCRIPTION:${';'.repeat(500)}`), 100)).toBeNull();
    expect(findParameterFlood(ev(`X-A;CN=":"${';P=v'.repeat(101)}:v`), 100)).toBe(3);
  });

  it('reads bare \\n line ends as well as \\r\\n', () => {
    expect(findParameterFlood(`BEGIN:VEVENT\nX-A${';P'.repeat(101)}:v\nEND:VEVENT`, 100)).toBe(2);
  });
});
