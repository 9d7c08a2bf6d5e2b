import { describe, expect, it } from 'vitest';
import { createContainerRegistry } from './ContainerRegistry';
import { FakeRoleDirectory } from './FakeRoleDirectory';

/** A clock the test moves by hand: sleep(ms) resolves when the test has advanced past it. */
function manualClock() {
  let now = 0;
  const waiting: Array<{ at: number; go: () => void }> = [];
  return {
    sleep: (ms: number) => new Promise<void>((go) => waiting.push({ at: now + ms, go })),
    async advance(ms: number) {
      now += ms;
      for (const w of waiting.filter((x) => x.at <= now)) w.go();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const who = { roles: ['Presenter'], userId: 'li', displayName: 'Li' };

describe('FakeRoleDirectory (the fake Teams host’s role service)', () => {
  it('knows a client id only once its registration has gone through, and answers late', async () => {
    const clock = manualClock();
    const dir = new FakeRoleDirectory(createContainerRegistry(), {
      answerAfterMs: 100,
      visibleAfterMs: 400,
      sleep: clock.sleep,
    });
    let answer: unknown;
    void dir.register('c1', who).then((a) => (answer = a));
    expect(dir.infoOf('c1')).toBeUndefined();
    expect(dir.rolesOf('c1')).toBeUndefined();
    await clock.advance(100);
    expect(answer).toEqual(['Presenter']);
    expect(dir.rolesOf('c1')).toBeUndefined();
    await clock.advance(300);
    expect(dir.rolesOf('c1')).toEqual(['Presenter']);
    expect(dir.infoOf('c1')).toMatchObject({ userId: 'li', roles: ['Presenter'] });
  });

  it('answers as Teams mobile does when asked to, and a second registration gets the same answer', async () => {
    const clock = manualClock();
    const dir = new FakeRoleDirectory(createContainerRegistry(), { shape: 'userRoles', sleep: clock.sleep });
    const first = dir.register('c1', who);
    expect(dir.register('c1', who)).toBe(first);
    await clock.advance(1000);
    expect(await first).toEqual({ userRoles: ['Presenter'] });
  });
});
