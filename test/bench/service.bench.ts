import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { UserRec } from '../../src/emulator/EmuState';
import { eventRecord } from '../contract/eventRecord';
import { startEmulator, type Emulator } from '../../src/emulator/startEmulator';
import { SERVICE_APP } from '../../src/emulator/appTokens';
import type { BenchFigure } from './BenchFigure';

const EVENTS_PER_MAILBOX = 30;
const GROUP_ID = 'bench-group';
/** Graph's page limits: 999 group members a page, 20 requests a `$batch`. */
const MEMBERS_PAGE = 999;
const BATCH = 20;

function user(i: number): UserRec {
  const id = `00000000-0000-4000-8000-${String(100000 + i).padStart(12, '0')}`;
  return {
    id,
    displayName: `Person ${i}`,
    givenName: 'Person',
    surname: String(i),
    mail: `p${i}@contoso.com`,
    userPrincipalName: `p${i}@contoso.com`,
    jobTitle: null,
    department: null,
    officeLocation: null,
    preferredLanguage: i % 2 ? 'en-US' : 'zh-CN',
    businessPhones: [],
    mobilePhone: null,
    timeZone: i % 2 ? 'Pacific Standard Time' : 'China Standard Time',
    workingHours: {
      daysOfWeek: ['monday'],
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'UTC' },
    },
  };
}

/** N mailboxes in one group, each organizing 30 one-to-one meetings on Wednesdays at 10:00 UTC (nothing to report). */
async function tenant(n: number, now: Date): Promise<Emulator> {
  const emu = await startEmulator({ seed: false });
  const s = emu.store.state;
  const users = Array.from({ length: n }, (_, i) => user(i));
  s.users.push(...users);
  s.groups.push({
    id: GROUP_ID,
    displayName: 'Bench',
    description: '',
    mail: 'bench@contoso.com',
    mailNickname: 'bench',
    visibility: 'Private',
    groupTypes: ['Unified'],
    memberIds: users.map((u) => u.id),
    createdDateTime: now.toISOString(),
  });
  const wednesday = new Date(now);
  wednesday.setUTCDate(wednesday.getUTCDate() + ((3 - wednesday.getUTCDay() + 7) % 7 || 7));
  wednesday.setUTCHours(10, 0, 0, 0);
  let k = 0;
  for (const [i, u] of users.entries()) {
    const peer = users[(i + 1) % n]!;
    for (let e = 0; e < EVENTS_PER_MAILBOX; e++) {
      const start = new Date(wednesday.getTime() + e * 7 * 86_400_000);
      const ev = eventRecord(
        {
          organizer: u,
          attendees: [peer],
          subject: `1:1 ${i}/${e}`,
          startUtc: start.toISOString(),
          endUtc: new Date(start.getTime() + 30 * 60_000).toISOString(),
          response: 'none',
        },
        {
          id: `AAMkAGbench${String(k++).padStart(8, '0')}=`,
          createdDateTime: now.toISOString(),
          lastModifiedDateTime: now.toISOString(),
          changeKey: `ck${k}`,
          iCalUId: `bench-${k}`,
          body: { contentType: 'text', content: 'Weekly 1:1.' },
          location: { displayName: 'Room', locationType: 'default' },
        },
      );
      s.events.push(ev);
    }
  }
  return emu;
}

interface AuditRun {
  requests: number;
  peakHeapMB: number;
  baseHeapMB: number;
  ms: number;
  intents: number;
  errors: number;
}

async function audit(n: number): Promise<AuditRun> {
  const now = new Date();
  const emu = await tenant(n, now);
  try {
    const env = {
      ...process.env,
      MG_GRAPH_URL: `${emu.url}/v1.0`,
      MG_TENANT_ID: emu.store.state.tenantId,
      MG_CLIENT_ID: SERVICE_APP.clientId,
      MG_CLIENT_SECRET: SERVICE_APP.secret,
      MG_IDENTITY_ORIGIN: emu.url,
      MG_GROUP_ID: GROUP_ID,
      MG_MAIL_FROM: emu.store.state.users[0]!.id,
      BENCH_EMU_URL: emu.url,
      BENCH_NOW: now.toISOString(),
    };
    // The emulator must keep answering while the child runs: spawn asynchronously.
    const child = await new Promise<string>((done, fail) => {
      const c = spawn(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'serviceAuditChild.ts')],
        { env, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      c.stdout.on('data', (d: Buffer) => (out += d.toString()));
      c.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`audit child exited ${code}`))));
    });
    const line = child.split('\n').find((l) => l.startsWith('@@audit '));
    if (!line) throw new Error(`audit child printed no figures: ${child.slice(-300)}`);
    return JSON.parse(line.slice('@@audit '.length)) as AuditRun;
  } finally {
    await emu.close();
  }
}

/**
 * The post-send audit at 1,000 watched mailboxes × 30 changed events, against the emulator: Graph round trips
 * against the floor (member pages + one `$batch` per 20 mailboxes) and against one request per event, and
 * the service's peak heap at 1,000 vs 100 mailboxes (events are judged and dropped 20 mailboxes at a time).
 */
export default async function bench(): Promise<BenchFigure[]> {
  const small = await audit(100);
  const large = await audit(1000);
  if (large.errors || small.errors)
    throw new Error(`Graph errors during the audit: ${large.errors + small.errors}`);
  const events = 1000 * EVENTS_PER_MAILBOX;
  const floor = Math.ceil(1000 / MEMBERS_PAGE) + Math.ceil(1000 / BATCH);
  const overFloor = large.requests / floor;
  const fewer = events / large.requests;
  const heap = large.peakHeapMB / small.peakHeapMB;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    {
      figure: `audit round trips, 1,000 mailboxes × 30 changed events (${large.requests} requests, floor ${floor})`,
      value: r2(overFloor),
      unit: '× floor',
      target: '≤ 1.2×',
      ok: overFloor <= 1.2,
    },
    {
      figure: 'audit: events judged per Graph request (vs one request per event)',
      value: Math.round(fewer),
      unit: '×',
      target: '≥ 10×',
      ok: fewer >= 10,
    },
    {
      figure: `audit peak live heap (sampled after GC), 1,000 vs 100 mailboxes (${r2(large.peakHeapMB)} / ${r2(small.peakHeapMB)} MB)`,
      value: r2(heap),
      unit: '×',
      target: '≤ 1.5×',
      ok: heap <= 1.5,
    },
    {
      figure: 'audit time, 1,000 mailboxes × 30 events (emulator on the same machine)',
      value: Math.round(large.ms),
      unit: 'ms',
      target: 'informational',
      ok: true,
    },
  ];
}
