import { useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { overdueAlerts } from '../../core/followup/overdueAlerts';
import { toLocal } from '../../core/time/toLocal';
import type { FollowupData, FollowupServices } from './FollowupServices';
import { ft } from './followupText';

export function AlertsPanel({ data, services }: { data: FollowupData; services: FollowupServices }) {
  const { lang } = services;
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const alerts = overdueAlerts(data.tasks, services.now(), data.zone);
  const name = (id: string) => data.people[id] ?? id;
  if (alerts.length === 0) return <MessageBar intent="success">{ft(lang, 'alerts.none')}</MessageBar>;
  const remind = async (taskIndex: number, ownerId: string) => {
    const alert = alerts[taskIndex];
    if (!alert) return;
    const r = await services.remind(alert.task, ownerId);
    setNotice(r.ok ? { intent: 'success', text: ft(lang, 'alerts.reminded', { owner: name(ownerId) }) } : { intent: 'error', text: services.describeError(r.error) });
  };
  return (
    <>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          {notice.text}
        </MessageBar>
      )}
      <Table aria-label={ft(lang, 'tab.alerts')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{ft(lang, 'alerts.task')}</TableHeaderCell>
            <TableHeaderCell>{ft(lang, 'alerts.owner')}</TableHeaderCell>
            <TableHeaderCell>{ft(lang, 'alerts.status')}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {alerts.map((a, i) => (
            <TableRow key={a.task.id} data-testid="alert-row">
              <TableCell>
                <Text>{a.task.title}</Text>
              </TableCell>
              <TableCell>{a.task.assigneeIds.map(name).join(', ') || ft(lang, 'alerts.unassigned')}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={a.kind === 'overdue' ? 'danger' : 'warning'}>
                  {a.kind === 'overdue' ? (a.daysLate === 1 ? ft(lang, 'alerts.overdueOne') : ft(lang, 'alerts.overdue', { days: a.daysLate })) : ft(lang, 'alerts.dueSoon')}
                </Badge>{' '}
                {a.task.dueDateTime && <Text size={200}>{ft(lang, 'alerts.due', { date: toLocal(a.task.dueDateTime, data.zone).date })}</Text>}
              </TableCell>
              <TableCell>
                {a.task.assigneeIds.map((owner) => (
                  <Button key={owner} size="small" onClick={() => void remind(i, owner)}>
                    {ft(lang, 'alerts.remind', { owner: name(owner) })}
                  </Button>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
