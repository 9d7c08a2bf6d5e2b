import { describe, expect, it } from 'vitest';
import { resolveZone } from './resolveZone';
import { tzidAlias } from './tzidAlias';

const zoneOf = (tzid: string) => {
  const alias = tzidAlias(tzid);
  return alias === null ? null : resolveZone(alias);
};

describe('tzidAlias', () => {
  it.each([
    // Globally unique TZIDs (a leading "/"): Lightning, Evolution/libical, Citadel, a bare path.
    ['/mozilla.org/20050126_1/America/New_York', 'America/New_York'],
    ['/mozilla.org/20070129_1/America/New_York', 'America/New_York'],
    ['/softwarestudio.org/Olson_20011030_5/America/New_York', 'America/New_York'],
    ['/citadel.org/20190914_1/Europe/Berlin', 'Europe/Berlin'],
    ['/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires', 'America/Buenos_Aires'],
    ['/freeassociation.sourceforge.net/Europe/Berlin', 'Europe/Berlin'],
    ['/Europe/Stockholm', 'Europe/Stockholm'],
    ['"/mozilla.org/20070129_1/Asia/Tokyo"', 'Asia/Tokyo'],
    // Windows display names, current and older forms, with and without the offset prefix.
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(UTC-05:00) Eastern Time (US and Canada)', 'America/New_York'],
    ['(GMT-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['Eastern Time (US & Canada)', 'America/New_York'],
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(GMT-08:00) Pacific Time (US & Canada); Tijuana', 'America/Los_Angeles'],
    ['(GMT) Greenwich Mean Time: Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(UTC+02:00) Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius', 'Europe/Kiev'], // CLDR's FLE row,
    ['(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'Europe/Kiev'],
    ['(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', 'Asia/Shanghai'],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Calcutta'],
    // A list of cities whose zones keep one standard offset (node-ical's test_with_tz_list): the first.
    ['Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm', 'Europe/Berlin'],
  ])('%s → %s', (tzid, iana) => {
    expect(zoneOf(tzid)).toBe(resolveZone(iana));
  });

  it.each([
    '(GMT +01:00)', // an offset, no zone: its summer time is unknown
    '(UTC+01:00)',
    'Europe/Germany',
    'Western/Central Europe',
    'Customized Time Zone 1',
    'tzone://Microsoft/Custom',
    '/mozilla.org/20070129_1/New_York', // no IANA area in the path
    '/mozilla.org/20070129_1/America', // an area alone
    'Berlin, Tokyo', // cities of zones with different offsets
    'Berlin, Atlantis',
  ])('%s names no zone', (tzid) => {
    expect(zoneOf(tzid)).toBeNull();
  });
});
