import type { UserRec } from '../EmuState';

export interface SeedPerson {
  key: 'organizer' | 'zhangWei' | 'liQiang' | 'wangFang' | 'liuYang' | 'emily' | 'james' | 'priya' | 'tom' | 'liWei' | 'anna';
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  /** Sign-in name when it is not the mail (Graph's `/users/{x}` takes only this or the id). */
  upn?: string;
  userType?: 'Member' | 'Guest';
  jobTitle: string;
  department: string;
  officeLocation: string;
  preferredLanguage: 'zh-CN' | 'en-US';
  /** Windows time zone name, as mailboxSettings reports it. */
  timeZone: string;
}

const id = (n: number) => `6f1c2a0${n}-3b7d-4e1a-9c5e-00000000000${n}`;

/**
 * The seeded tenant's people (contoso.com). `organizer` is the default signed-in user and a member of both
 * groups; `tom` belongs to no group (Planner calls as him get 403). `liWei` signs in as
 * li.wei@contoso.onmicrosoft.com but his mail is wei.li@contoso.com; `anna` is a guest from fabrikam.com
 * (UPN `anna_fabrikam.com#EXT#@contoso.onmicrosoft.com`). Both are in both groups, so tasks can be assigned to them.
 */
export const SEED_PEOPLE: readonly SeedPerson[] = [
  { key: 'organizer', id: id(1), displayName: '陈静 (Chen Jing)', givenName: '静', surname: '陈', mail: 'chen.jing@contoso.com', jobTitle: '市场部经理', department: '市场部', officeLocation: '上海 12F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'zhangWei', id: id(2), displayName: '张伟 (Zhang Wei)', givenName: '伟', surname: '张', mail: 'zhang.wei@contoso.com', jobTitle: '研发部总监', department: '研发部', officeLocation: '上海 15F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'liQiang', id: id(3), displayName: '李强 (Li Qiang)', givenName: '强', surname: '李', mail: 'li.qiang@contoso.com', jobTitle: '高级工程师', department: '研发部', officeLocation: '上海 15F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'wangFang', id: id(4), displayName: '王芳 (Wang Fang)', givenName: '芳', surname: '王', mail: 'wang.fang@contoso.com', jobTitle: '财务经理', department: '财务部', officeLocation: '北京 8F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'liuYang', id: id(5), displayName: '刘洋 (Liu Yang)', givenName: '洋', surname: '刘', mail: 'liu.yang@contoso.com', jobTitle: '市场专员', department: '市场部', officeLocation: '上海 12F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'emily', id: id(6), displayName: 'Emily Carter', givenName: 'Emily', surname: 'Carter', mail: 'emily.carter@contoso.com', jobTitle: 'Sales Director', department: 'Sales', officeLocation: 'Seattle 3', preferredLanguage: 'en-US', timeZone: 'Pacific Standard Time' },
  { key: 'james', id: id(7), displayName: 'James Wilson', givenName: 'James', surname: 'Wilson', mail: 'james.wilson@contoso.com', jobTitle: 'Operations Manager', department: 'Ops', officeLocation: 'London 2', preferredLanguage: 'en-US', timeZone: 'GMT Standard Time' },
  { key: 'priya', id: id(8), displayName: 'Priya Nair', givenName: 'Priya', surname: 'Nair', mail: 'priya.nair@contoso.com', jobTitle: 'Account Manager', department: 'Sales', officeLocation: 'Singapore 1', preferredLanguage: 'en-US', timeZone: 'Singapore Standard Time' },
  { key: 'tom', id: id(9), displayName: 'Tom Becker', givenName: 'Tom', surname: 'Becker', mail: 'tom.becker@contoso.com', jobTitle: 'Logistics Coordinator', department: 'Ops', officeLocation: 'Hamburg', preferredLanguage: 'en-US', timeZone: 'W. Europe Standard Time' },
  { key: 'liWei', id: '6f1c2a10-3b7d-4e1a-9c5e-000000000010', displayName: '李伟 (Li Wei)', givenName: '伟', surname: '李', mail: 'wei.li@contoso.com', upn: 'li.wei@contoso.onmicrosoft.com', jobTitle: '产品经理', department: '研发部', officeLocation: '上海 15F', preferredLanguage: 'zh-CN', timeZone: 'China Standard Time' },
  { key: 'anna', id: '6f1c2a11-3b7d-4e1a-9c5e-000000000011', displayName: 'Anna Schmidt (Fabrikam)', givenName: 'Anna', surname: 'Schmidt', mail: 'anna@fabrikam.com', upn: 'anna_fabrikam.com#EXT#@contoso.onmicrosoft.com', userType: 'Guest', jobTitle: 'Partner Manager', department: 'Sales', officeLocation: 'Munich', preferredLanguage: 'en-US', timeZone: 'W. Europe Standard Time' },
];

export const seedPerson = (key: SeedPerson['key']): SeedPerson => SEED_PEOPLE.find((p) => p.key === key)!;

/** The default signed-in user (`emu:organizer` or any token that does not start with `emu:`). */
export const SEED_ORGANIZER = seedPerson('organizer');
/** A member whose UPN (li.wei@contoso.onmicrosoft.com) is not his mail (wei.li@contoso.com). */
export const SEED_UPN_DIFFERS = seedPerson('liWei');
/** A B2B guest: mail anna@fabrikam.com, UPN anna_fabrikam.com#EXT#@contoso.onmicrosoft.com, userType Guest. */
export const SEED_GUEST = seedPerson('anna');
/** The people of the original seed, whose UPN is their mail (meetings that list "everyone" list these). */
export const SEED_PLAIN_PEOPLE = SEED_PEOPLE.filter((p) => !p.upn);

export function toUserRec(p: SeedPerson): UserRec {
  return {
    id: p.id,
    displayName: p.displayName,
    givenName: p.givenName,
    surname: p.surname,
    mail: p.mail,
    userPrincipalName: p.upn ?? p.mail,
    userType: p.userType ?? 'Member',
    otherMails: p.userType === 'Guest' ? [p.mail] : [],
    proxyAddresses: [`SMTP:${p.mail}`, ...(p.upn && p.userType !== 'Guest' ? [`smtp:${p.upn}`] : [])],
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.officeLocation,
    preferredLanguage: p.preferredLanguage,
    businessPhones: [],
    mobilePhone: null,
    timeZone: p.timeZone,
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: p.preferredLanguage === 'zh-CN' ? '09:00:00.0000000' : '08:00:00.0000000',
      endTime: p.preferredLanguage === 'zh-CN' ? '18:00:00.0000000' : '17:00:00.0000000',
      timeZone: { name: p.timeZone },
    },
  };
}
