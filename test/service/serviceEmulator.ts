import { call } from '../../src/emulator/emuTestClient';
import type { Emulator } from '../../src/emulator/Emulator';
import { seedPerson } from '../../src/emulator/seed/seedPeople';
import { readServiceConfig, type ServiceConfig } from '../../src/service/serviceConfig';
import { serviceEnv, type ServiceTarget } from '../../scripts/startService';

/** The service's settings against an emulator: the seeded launch group, mail from the organizer's mailbox. */
export function emulatorServiceConfig(emu: ServiceTarget, extra: Record<string, string> = {}): ServiceConfig {
  return readServiceConfig({ ...serviceEnv(emu, 0, 1), MG_TICK_MS: '200', ...extra });
}

/** A group invite made without the send guard: Monday 09:00 (a blocked slot), no goal, no agenda. */
export async function createUnguardedInvite(
  emu: Pick<Emulator, 'url'>,
  start: Date,
  subject = 'Budget sync',
): Promise<string> {
  const at = (d: Date) => d.toISOString().slice(0, 19);
  const people = [seedPerson('zhangWei'), seedPerson('liQiang'), seedPerson('wangFang')];
  const r = await call(emu, 'POST', '/me/events', {
    body: {
      subject,
      body: { contentType: 'text', content: 'Let us talk.' },
      start: { dateTime: at(start), timeZone: 'UTC' },
      end: { dateTime: at(new Date(start.getTime() + 3_600_000)), timeZone: 'UTC' },
      attendees: people.map((p) => ({
        type: 'required',
        emailAddress: { address: p.mail, name: p.displayName },
      })),
    },
  });
  if (r.status !== 201) throw new Error(`create event: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id as string;
}

/** Next Monday 09:00 in Shanghai (01:00Z), at least two days ahead. */
export function nextMondayMorning(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2, 1, 0, 0));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
