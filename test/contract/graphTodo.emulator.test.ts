import { afterAll, describe, expect, it } from 'vitest';
import { GraphTodo } from '../../src/adapters/graph/GraphTodo';
import type { Emulator } from '../../src/emulator/Emulator';
import { startEmulator } from '../../src/emulator/startEmulator';
import { emulatorClient } from './emulatorFixtures';

let running: Promise<Emulator> | undefined;
const emulator = () => (running ??= startEmulator({ port: 0 }));
afterAll(async () => {
  if (running) await (await running).close();
});

describe('GraphTodo + emulator', () => {
  it('finds the default list, creates a task with a link back, and lists it', async () => {
    const emu = await emulator();
    const { graph, user } = emulatorClient(emu);
    const todo = new GraphTodo(graph);
    const list = await todo.getDefaultList(user.id);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const created = await todo.createTask(list.value, { title: 'Send the budget', body: 'Acceptance: approved', dueDateTime: '2026-12-18T00:00:00', dueTimeZone: 'China Standard Time', linkedUrl: 'https://teams.microsoft.com/l/meetup-join/x' });
    expect(created.ok && created.value).toMatchObject({ title: 'Send the budget', body: 'Acceptance: approved', linkedUrl: 'https://teams.microsoft.com/l/meetup-join/x' });
    // Graph answers To Do due dates in UTC; either way the pair must name the same instant (midnight in Shanghai).
    const due = created.ok ? `${created.value.dueDateTime}|${created.value.dueTimeZone}` : '';
    expect(['2026-12-18T00:00:00|China Standard Time', '2026-12-17T16:00:00|UTC']).toContain(due);
    const listed = await todo.listTasks(list.value);
    expect(listed.ok && created.ok && listed.value.some((t) => t.id === created.value.id)).toBe(true);
  });
});
