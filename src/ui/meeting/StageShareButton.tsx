import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useMeeting } from './MeetingServices';
import { useText } from './meetingHooks';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Share-to-stage from the side panel. Teams sends no event when sharing stops elsewhere (the stage's
 * own "Stop sharing"), so the state is asked again after each action and whenever the panel gets focus.
 */
export function StageShareButton() {
  const { stage, describeError } = useMeeting();
  const t = useText();
  const styles = useStyles();
  const [can, setCan] = useState<boolean | null>(null);
  const [sharing, setSharing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (!stage) return;
    const [c, s] = await Promise.all([stage.canShare(), stage.isSharing()]);
    setCan(c);
    setSharing(s);
  }, [stage]);

  useEffect(() => {
    void refresh();
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  if (!stage || can === null) return null;
  const toggle = async () => {
    setBusy(true);
    const r = sharing ? await stage.stop() : await stage.share();
    setError(r.ok ? null : describeError(r.error));
    await refresh();
    setBusy(false);
  };
  return (
    <div className={styles.row}>
      {/* Someone else's share is not this user's to stop: without the right it only ever offers to share. */}
      <Button
        appearance={sharing && can ? 'secondary' : 'primary'}
        disabled={!can || busy}
        onClick={() => void toggle()}
      >
        {sharing && can ? t('stage.stop') : t('stage.share')}
      </Button>
      <Text size={200} aria-live="polite">
        {!can ? t('stage.notAllowed') : sharing ? t('stage.sharing') : ''}
      </Text>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
