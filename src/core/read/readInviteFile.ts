import type { Invite } from '../model/Invite';
import { err, type Result } from '../model/Result';
import type { ReadError, ReadOptions } from './ReadError';
import { readGraphEvents } from './readGraphEvents';
import { readIcs } from './readIcs';

/**
 * Reads a file's text as Graph JSON (leading `{` or `[`) or iCalendar (`BEGIN:VCALENDAR`), whatever its
 * name says: people rename exports. `name` only helps the error when the content is neither.
 * Never throws: an unexpected failure inside a parser is reported as a ReadError too.
 */
export function readInviteFile(name: string, text: string, opts: ReadOptions): Result<Invite[], ReadError> {
  try {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    if (head === '') return err({ message: 'the file is empty' });
    if (head.startsWith('{') || head.startsWith('[')) return readGraphEvents(head, opts);
    if (/^BEGIN:VCALENDAR/i.test(head)) return readIcs(head, opts);
    if (/\.(json)$/i.test(name)) return readGraphEvents(head, opts);
    if (/\.(ics|ical|ifb|icalendar)$/i.test(name)) return readIcs(head, opts);
    return err({ message: 'neither Graph event JSON nor iCalendar (BEGIN:VCALENDAR)' });
  } catch (e) {
    return err({
      message: `could not be read (${e instanceof Error ? e.message.split('\n')[0]?.slice(0, 120) : 'unknown error'})`,
    });
  }
}
