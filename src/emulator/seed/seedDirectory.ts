import type { EmuState } from '../EmuState';
import { seedPerson } from './seedPeople';

/** Fixed ids of the directory objects that are not Microsoft 365 groups. */
export const SEED_DIRECTORY_IDS = {
  /** A security group: a group in `/me/memberOf`, but no Planner plan can live in it. */
  securityGroup: '0b7e3f58-6c1d-4a4e-8f0e-1a2b3c4d5e10',
  teamsAdminRole: '5d6b6bb7-de71-4623-b4af-96380a352509',
} as const;

/**
 * What makes the organizer's `/me/memberOf` look like a real tenant's: beside the two Microsoft 365
 * groups, a security group and a directory role, which a plan picker has to leave out.
 */
export function seedDirectory(s: EmuState, created: string): void {
  const org = seedPerson('organizer').id;
  s.groups.push({
    id: SEED_DIRECTORY_IDS.securityGroup,
    displayName: 'Shanghai office (security)',
    description: 'Badge access and printers, Shanghai',
    mail: '',
    mailNickname: 'sha-office',
    visibility: 'Private',
    groupTypes: [],
    memberIds: [org, seedPerson('zhangWei').id],
    createdDateTime: created,
  });
  s.directoryRoles = [
    {
      id: SEED_DIRECTORY_IDS.teamsAdminRole,
      displayName: 'Teams Communications Administrator',
      description: 'Can manage calling and meetings features within the Microsoft Teams service.',
      roleTemplateId: 'baf37b3a-610e-45da-9e62-d9d1e5e8914b',
      memberIds: [org],
    },
  ];
}
