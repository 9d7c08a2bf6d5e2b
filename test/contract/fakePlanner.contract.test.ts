import { FakePlanner } from '../../src/adapters/fakes/FakePlanner';
import { describePlannerPortContract } from './plannerPort.contract';

describePlannerPortContract('FakePlanner', () => {
  const port = new FakePlanner();
  const plan = port.addPlan({ title: 'Finance', groupId: 'g-fin' });
  const forbidden = port.addPlan({ title: 'Board', groupId: 'g-board', forbidden: true });
  return { port, planId: plan.id, groupId: 'g-fin', forbiddenPlanId: forbidden.id, assigneeIds: Array.from({ length: 25 }, (_, i) => `user-${i}`) };
});
