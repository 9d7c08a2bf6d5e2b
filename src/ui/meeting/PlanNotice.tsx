import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createTranslator } from '../../core/i18n/createTranslator';
import { planCatalog } from '../../core/i18n/catalogs/planCatalog';
import type { PlanChoice } from '../../core/meeting/planChoice';
import { useText } from './meetingHooks';
import { PlanPicker } from './PlanPicker';
import { useMeeting } from './MeetingServices';

const t = createTranslator(planCatalog);
const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * Says so when no Planner plan is chosen (the items would end in To Do, other owners' unreachable) from
 * the Before view on, while there is still time, and still in the After view until one is picked: the
 * organizer picks or creates one right here.
 */
export function PlanNotice() {
  const { sync, destination, session, describeError } = useMeeting();
  const styles = useStyles();
  const tm = useText();
  const lang = session.lang;
  const [chosen, setChosen] = useState(destination?.plan);
  const [open, setOpen] = useState(false);
  const [pick, setPick] = useState<PlanChoice | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [justSaved, setJustSaved] = useState(false);
  if (!sync) return null;
  if (chosen?.planId || chosen?.groupId) {
    if (!justSaved) return null;
    return (
      <MessageBar intent="success" data-testid="plan-notice">
        <MessageBarBody>
          {t(lang, 'plan.chosen', { title: chosen.title ?? chosen.planId ?? '' })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const picker = destination?.picker;
  const choose = destination?.choose;
  const use = async () => {
    if (!pick || !choose) return;
    setBusy(true);
    const r = await choose(pick);
    setBusy(false);
    if (!r.ok) return setError(t(lang, 'plan.saveFailed', { reason: describeError(r.error) }));
    setJustSaved(true);
    setChosen(pick);
  };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="plan-notice">
      <MessageBarBody>
        <div className={styles.col}>
          <Text>
            {t(lang, 'plan.notice')} {picker && choose ? '' : t(lang, 'plan.noticeAsk')}
          </Text>
          {picker && choose && !open && (
            <div className={styles.row}>
              <Button onClick={() => setOpen(true)}>{t(lang, 'plan.pick')}</Button>
            </div>
          )}
          {picker && open && (
            <>
              <PlanPicker
                lang={lang}
                services={picker}
                value={pick}
                onChange={setPick}
                describeError={describeError}
                newTitle={session.invite?.subject || session.ref.title || tm('app.title')}
              />
              <div className={styles.row}>
                <Button appearance="primary" disabled={!pick || busy} onClick={() => void use()}>
                  {t(lang, 'plan.use')}
                </Button>
                <Button onClick={() => setOpen(false)}>{t(lang, 'plan.cancel')}</Button>
              </div>
            </>
          )}
          {error && <Text role="alert">{error}</Text>}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
