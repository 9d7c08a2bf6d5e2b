import type { Policy } from '../model/Policy';
import { isWorkingDay } from '../rules/isWorkingDay';
import { addDays } from '../time/addDays';
import { toLocal } from '../time/toLocal';
import { wallToInstant } from '../time/wallToInstant';

export interface Window {
  start: string;
  end: string;
}

const cache = new Map<string, string>();

/** Every tick asks again for the same few walls; zone math (Intl) is the hot spot, so remember them. */
function wall(date: string, time: string, zone: string): string {
  const key = `${date} ${time} ${zone}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    if (cache.size > 20_000) cache.clear();
    hit = wallToInstant(date, time, zone);
    cache.set(key, hit);
  }
  return hit;
}

/** [date from, date to) in the recipient's zone, as UTC instants; `to` may be 24:00. DST-safe: walls, not hours. */
export function localDayWindow(date: string, from: string, to: string, zone: string): Window {
  return { start: wall(date, from, zone), end: wall(date, to, zone) };
}

/** The |n|-th working day after (n > 0) or before (n < 0) `date`; `date` itself for 0. */
export function shiftWorkingDays(policy: Policy, date: string, n: number): string {
  let d = date;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  // A policy with no working day at all would loop forever; a year of holidays is the most anyone writes.
  for (let guard = 0; left > 0 && guard < 800; guard++) {
    d = addDays(d, step);
    if (isWorkingDay(policy, d)) left--;
  }
  return d;
}

const dates = new Map<string, string>();

export function localDate(instant: string, zone: string): string {
  const key = `${instant} ${zone}`;
  let hit = dates.get(key);
  if (hit === undefined) {
    if (dates.size > 20_000) dates.clear();
    hit = toLocal(instant, zone).date;
    dates.set(key, hit);
  }
  return hit;
}

export const inWindow = (w: Window, now: Date): boolean => {
  const t = now.getTime();
  return Date.parse(w.start) <= t && t < Date.parse(w.end);
};
