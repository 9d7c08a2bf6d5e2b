import { describe, expect, it } from 'vitest';
import type { Person } from '../model/Invite';
import { attendeesTooMany } from './attendeesTooMany';
import { countPeople } from './countPeople';
import { ctxOf, people, testInvite } from './testInvite';

describe('attendees.too-many', () => {
  it.each<[string, number, number, number]>([
    ['10 people (organizer included) is the limit', 10, 10, 0],
    ['11 people', 11, 10, 1],
    ['policy max 5, 6 people', 6, 5, 1],
    ['policy max 20, 15 people', 15, 20, 0],
  ])('%s', (_name, n, maxAttendees, count) => {
    expect(attendeesTooMany(ctxOf({ people: n }, { maxAttendees }))).toHaveLength(count);
  });

  it('names the count and the limit', () => {
    expect(attendeesTooMany(ctxOf({ people: 12 }, {}, { lang: 'zh-CN' }))[0]?.message).toBe('邀请了12人,建议不超过10人。');
    expect(attendeesTooMany(ctxOf({ people: 12 }))[0]?.message).toBe('12 people are invited; at most 10 are recommended.');
  });
});

describe('countPeople', () => {
  const org: Person = { email: 'Org@Contoso.com', role: 'organizer' };
  it.each<[string, Person[], number]>([
    ['organizer only', [], 1],
    ['required and optional', [{ email: 'a@x.com', role: 'required' }, { email: 'b@x.com', role: 'optional' }], 3],
    ['case-insensitive duplicates', [{ email: 'A@x.com', role: 'required' }, { email: 'a@X.COM', role: 'optional' }], 2],
    ['the organizer listed as attendee counts once', [{ email: 'org@contoso.com', role: 'required' }], 1],
    ['rooms and equipment are not people', [{ email: 'room1@x.com', role: 'resource' }, { email: 'a@x.com', role: 'required' }], 2],
    ['a name without e-mail counts once', [{ email: '', name: 'Li', role: 'required' }, { email: '', name: 'li', role: 'required' }], 2],
  ])('%s', (_name, attendees, n) => {
    expect(countPeople(testInvite({ organizer: org, attendees }))).toBe(n);
  });

  it('the builder makes n people', () => {
    expect(countPeople(testInvite({ attendees: people(9) }))).toBe(10);
  });
});
