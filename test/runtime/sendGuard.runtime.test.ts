import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_MAX } from '../../src/entries/launchevent/decideSend';
import { USER_SETTINGS_KEY } from '../../src/ui/taskpane/userSettings';
import { Script, createContext } from 'node:vm';
// eslint's parser dependency; it checks syntax, regex literals included, against one ECMAScript edition.
import { parse } from 'acorn';
import { createFakeOfficeHost } from '../../src/adapters/fakes/office/createFakeOfficeHost';
import { appointmentAt, buildSendGuard, HANDLER_ID, loadInVm, nextWeekday, send } from './sendGuardHarness';

let code = '';

beforeAll(async () => {
  code = (await buildSendGuard()).code;
});

// Windows zone names as Outlook's userProfile reports them, with the IANA zone they mean.
const ZONES: Array<[string, string]> = [
  ['China Standard Time', 'Asia/Shanghai'],
  ['Pacific Standard Time', 'America/Los_Angeles'],
  ['GMT Standard Time', 'Europe/London'],
];

const chars = (s: string | undefined) => Array.from(s ?? '').length;

describe('send guard bundle in a JavaScript-only runtime (node:vm, only Office defined)', () => {
  it('is one classic script: no import/export, no zod, and it associates the handler at load', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/_zod|ZodError/);
    expect(code).not.toMatch(/\bimport\s*\(/);
    const { host } = loadInVm(code, appointmentAt(nextWeekday('wednesday'), '10:00', 'UTC'));
    expect([...host.actions.keys()]).toEqual([HANDLER_ID]);
  });

  for (const [windowsZone, iana] of ZONES) {
    describe(`mailbox zone "${windowsZone}"`, () => {
      it('blocks Monday 09:00 local, naming the slot, in en-US', async () => {
        const { host } = loadInVm(code, appointmentAt(nextWeekday('monday'), '09:00', iana), {
          timeZone: windowsZone,
          displayLanguage: 'en-US',
        });
        const [answer, ...more] = await send(host);
        expect(more).toEqual([]);
        expect(answer?.allowEvent).toBe(false);
        expect(answer?.sendModeOverride).toBeUndefined();
        expect(answer?.errorMessage).toMatch(/Monday morning/);
        expect(answer?.errorMessage).toMatch(/Move it/);
        expect(chars(answer?.errorMessage)).toBeLessThanOrEqual(MESSAGE_MAX);
        expect(chars(answer?.errorMessageMarkdown)).toBeLessThanOrEqual(MESSAGE_MAX);
        expect(chars(answer?.cancelLabel)).toBeLessThanOrEqual(20);
      });

      it('blocks Friday 15:00 local, in zh-CN', async () => {
        const { host } = loadInVm(code, appointmentAt(nextWeekday('friday'), '15:00', iana), {
          timeZone: windowsZone,
          displayLanguage: 'zh-CN',
        });
        const [answer] = await send(host);
        expect(answer?.allowEvent).toBe(false);
        expect(answer?.errorMessage).toMatch(/周五下午/);
        expect(answer?.errorMessage).toMatch(/会议守卫/);
        expect(chars(answer?.errorMessage)).toBeLessThanOrEqual(MESSAGE_MAX);
      });

      it('allows a well-prepared Wednesday 10:00 meeting at once', async () => {
        const { host } = loadInVm(code, appointmentAt(nextWeekday('wednesday'), '10:00', iana), {
          timeZone: windowsZone,
        });
        expect(await send(host)).toEqual([{ allowEvent: true }]);
      });
    });
  }

  it('judges in the mailbox zone: Friday 15:00 in Shanghai is Friday 07:00 in London, so London allows it', async () => {
    const date = nextWeekday('friday');
    const shanghai = loadInVm(code, appointmentAt(date, '15:00', 'Asia/Shanghai'), {
      timeZone: 'China Standard Time',
    });
    const london = loadInVm(code, appointmentAt(date, '15:00', 'Asia/Shanghai'), {
      timeZone: 'GMT Standard Time',
    });
    expect((await send(shanghai.host))[0]?.allowEvent).toBe(false);
    expect((await send(london.host))[0]?.allowEvent).toBe(true);
  });

  it('prompts (Send Anyway) on a Wednesday meeting without goal, agenda or pre-reads', async () => {
    const appt = appointmentAt(
      nextWeekday('wednesday'),
      '10:00',
      'Asia/Shanghai',
      60,
      '<p>Let us sync up.</p>',
    );
    const { host } = loadInVm(code, appt, { timeZone: 'China Standard Time', displayLanguage: 'en-US' });
    const [answer] = await send(host);
    expect(answer?.allowEvent).toBe(false);
    expect(answer?.sendModeOverride).toBe('promptUser');
    expect(answer?.commandId).toBe('mgCheckInviteButton');
    expect(chars(answer?.errorMessage)).toBeLessThanOrEqual(MESSAGE_MAX);
  });

  it('soft-blocks the same meeting where the host cannot prompt (Mailbox 1.12 only)', async () => {
    const appt = appointmentAt(
      nextWeekday('wednesday'),
      '10:00',
      'Asia/Shanghai',
      60,
      '<p>Let us sync up.</p>',
    );
    const { host } = loadInVm(code, appt, { timeZone: 'China Standard Time', mailboxVersion: '1.12' });
    const [answer] = await send(host);
    expect(answer).toMatchObject({ allowEvent: false });
    expect(answer?.sendModeOverride).toBeUndefined();
    expect(answer?.errorMessageMarkdown).toBeUndefined();
  });

  it('applies the stricter slots the user saved in the pane (same roaming key and format)', async () => {
    const saved = JSON.stringify({ extraBlockedSlots: [{ day: 'wednesday', start: '09:00', end: '12:00' }] });
    const appt = appointmentAt(nextWeekday('wednesday'), '10:00', 'Asia/Shanghai');
    const { host } = loadInVm(code, appt, {
      timeZone: 'China Standard Time',
      roamingSettings: { [USER_SETTINGS_KEY]: saved },
    });
    const [answer] = await send(host);
    expect(answer?.allowEvent).toBe(false);
    expect(answer?.errorMessage).toMatch(/Wednesday 09:00–12:00/);
    const garbage = loadInVm(code, appt, {
      timeZone: 'China Standard Time',
      roamingSettings: { [USER_SETTINGS_KEY]: '{not json' },
    });
    expect(await send(garbage.host)).toEqual([{ allowEvent: true }]);
  });

  it('allows, with a logged reason, when the item cannot be read', async () => {
    const lines: string[] = [];
    const { host } = loadInVm(
      code,
      appointmentAt(nextWeekday('monday'), '09:00', 'UTC'),
      {},
      { console: { warn: (l: string) => lines.push(l) } },
    );
    host.fail('start.getAsync', { name: 'InternalError', message: 'item gone', code: 5001 });
    expect(await send(host)).toEqual([{ allowEvent: true }]);
    expect(lines.join('\n')).toMatch(/could not be read.*item gone/);
  });

  it('allows after its own timeout when Outlook never hands over the item', async () => {
    const lines: string[] = [];
    const { host } = loadInVm(
      code,
      appointmentAt(nextWeekday('monday'), '09:00', 'UTC'),
      {},
      {
        console: { warn: (l: string) => lines.push(l) },
        setTimeout: (fn: () => void) => setTimeout(fn, 1),
      },
    );
    host.fail('start.getAsync', 'hang');
    expect(await send(host)).toEqual([{ allowEvent: true }]);
    expect(lines.join('\n')).toMatch(/took longer/);
  });

  it('runs on an ES2016 library: newer built-ins removed, verdicts unchanged', async () => {
    const strip =
      'delete Object.hasOwn; delete Object.fromEntries; delete Object.entries; delete Object.values;' +
      'delete Array.prototype.flatMap; delete String.prototype.matchAll; delete String.prototype.padStart;' +
      'delete String.prototype.trimStart; delete String.prototype.trimEnd;';
    const run = async (date: string, time: string, body?: string) => {
      const host = createFakeOfficeHost(appointmentAt(date, time, 'Asia/Shanghai', 60, body), {
        timeZone: 'China Standard Time',
      });
      const context = createContext({ Office: host.office });
      new Script(strip).runInContext(context);
      expect(new Script('typeof "".matchAll + typeof Object.fromEntries').runInContext(context)).toBe(
        'undefinedundefined',
      );
      new Script(code).runInContext(context);
      return (await send(host))[0];
    };
    expect((await run(nextWeekday('monday'), '09:00'))?.allowEvent).toBe(false);
    expect(await run(nextWeekday('wednesday'), '10:00')).toEqual({ allowEvent: true });
    expect((await run(nextWeekday('wednesday'), '10:00', '<p>sync</p>'))?.sendModeOverride).toBe(
      'promptUser',
    );
  });

  it('still lets the send through when the bundle fails while loading (the fallback handler)', async () => {
    const broken = code.replace('(function(){', '(function(){throw new Error("engine too old");');
    expect(broken).not.toBe(code);
    const host = createFakeOfficeHost(appointmentAt(nextWeekday('monday'), '09:00', 'UTC'));
    expect(() => new Script(broken).runInContext(createContext({ Office: host.office }))).toThrow(
      /engine too old/,
    );
    expect(await send(host)).toEqual([{ allowEvent: true }]);
  });

  it('parses as ES2016 (syntax and regex literals); newer regex features are built with RegExp() at run time', () => {
    expect(() => parse(code, { ecmaVersion: 2016 })).not.toThrow();
  });

  it('lets the send through on an engine without regex lookbehind (never traps the sender)', async () => {
    const noLookbehind =
      'var NativeRegExp = RegExp; RegExp = function (p, f) {' +
      ' if (/\\(\\?<[=!]/.test(String(p && p.source !== undefined ? p.source : p))) throw new SyntaxError("Invalid group");' +
      ' return new NativeRegExp(p, f); }; RegExp.prototype = NativeRegExp.prototype;';
    const host = createFakeOfficeHost(appointmentAt(nextWeekday('monday'), '09:00', 'UTC'));
    const context = createContext({ Office: host.office });
    new Script(noLookbehind).runInContext(context);
    expect(() => new Script('new RegExp("(?<!x)y")').runInContext(context)).toThrow();
    try {
      new Script(code).runInContext(context);
    } catch {
      // A failure while loading is what this engine does; the fallback handler must still answer.
    }
    expect(await send(host)).toEqual([{ allowEvent: true }]);
  });
});
