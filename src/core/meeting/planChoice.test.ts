import { describe, expect, it } from 'vitest';
import { choosePlan, planHomeId, readPlanChoice, withPlanChoice } from './planChoice';

describe('plan choice in the meeting record', () => {
  it('reads the plan the organizer picked, and an older record that kept only planId', () => {
    expect(readPlanChoice({ plan: { planId: 'P1', groupId: 'G1', title: 'Launch' } })).toEqual({
      planId: 'P1',
      groupId: 'G1',
      title: 'Launch',
    });
    expect(readPlanChoice({ planId: 'P0' })).toEqual({ planId: 'P0' });
    expect(readPlanChoice({ plan: { planId: '  ' } })).toBeUndefined();
    expect(readPlanChoice({ plan: 'P1' })).toBeUndefined();
    expect(readPlanChoice(null)).toBeUndefined();
  });

  it('writes the choice beside what the record already holds', () => {
    const outcomes = { version: 1, decisions: ['A'] };
    expect(withPlanChoice({ outcomes, planId: 'old' }, { planId: 'P2', groupId: 'G2' })).toEqual({
      outcomes,
      plan: { planId: 'P2', groupId: 'G2' },
    });
  });

  it("an occurrence's plan lives on its series master, a single meeting's on itself", () => {
    expect(planHomeId({ id: 'occ-1', raw: { type: 'occurrence', seriesMasterId: 'master' } })).toBe('master');
    expect(planHomeId({ id: 'exc-1', raw: { type: 'exception', seriesMasterId: 'master' } })).toBe('master');
    expect(planHomeId({ id: 'master', raw: { type: 'seriesMaster', seriesMasterId: null } })).toBe('master');
    expect(planHomeId({ id: 'single', raw: { type: 'singleInstance' } })).toBe('single');
  });

  it("prefers the occurrence's record, then the series', then the tab's saved URL", () => {
    const ev = { plan: { planId: 'EV' } };
    const series = { plan: { planId: 'SE', groupId: 'G' } };
    const tab = { planId: 'TAB', groupId: null };
    expect(choosePlan({ event: ev, series, tab })).toEqual({ planId: 'EV', source: 'event' });
    expect(choosePlan({ event: { outcomes: {} }, series, tab })).toEqual({
      planId: 'SE',
      groupId: 'G',
      source: 'series',
    });
    expect(choosePlan({ event: null, series: null, tab })).toEqual({ planId: 'TAB', source: 'tab' });
    expect(choosePlan({ tab: { groupId: 'G9' } })).toEqual({ groupId: 'G9', source: 'tab' });
    expect(choosePlan({})).toEqual({ source: 'none' });
  });
});
