import { Badge, Card, CardHeader, Text } from '@fluentui/react-components';
import type { CarriedAction } from '../../core/meeting/carryForward';
import { useCardStyles } from './cardStyles';
import { useMeeting } from './MeetingServices';
import { useText } from './meetingHooks';

const COLOR = { pending: 'warning', accepted: 'success', declined: 'danger' } as const;

function AnswerBadge({ action }: { action: CarriedAction }) {
  const t = useText();
  const a = action.acceptance;
  if (!a) return null;
  const text =
    a.state === 'declined' ? t('carry.declined', { reason: a.reason ?? '' }) : t(`carry.${a.state}`);
  return (
    <Badge appearance="tint" color={COLOR[a.state]}>
      {text}
    </Badge>
  );
}

/** Before a recurring meeting: what the previous occurrence left open, to pick up first. */
export function CarryForwardCard() {
  const { session } = useMeeting();
  const t = useText();
  const styles = useCardStyles();
  const carry = session.carryForward;
  if (!carry) return null;
  const name = (owner: string) => session.invitees.find((p) => p.id === owner.toLowerCase())?.name ?? owner;
  return (
    <Card data-testid="carry-forward">
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('before.carry', { date: carry.previous.start.slice(0, 10) })}
          </Text>
        }
      />
      {carry.openActions.length > 0 && (
        <>
          <Text weight="semibold">{t('before.carryActions')}</Text>
          <ul className={styles.list}>
            {carry.openActions.map((a, i) => (
              <li key={a.taskId ?? `${i}`} className={styles.row}>
                <Text>{a.content}</Text>
                <Text className={styles.quiet}>
                  {t('before.carryOwner', { owner: name(a.owner), due: a.due })}
                </Text>
                <AnswerBadge action={a} />
              </li>
            ))}
          </ul>
        </>
      )}
      {carry.parkingLot.length > 0 && (
        <>
          <Text weight="semibold">{t('before.carryParking')}</Text>
          <ul className={styles.list}>
            {carry.parkingLot.map((p, i) => (
              <li key={i}>
                <Text>{p}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
