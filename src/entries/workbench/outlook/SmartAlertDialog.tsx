import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { SmartAlertOptions } from './runSendGuard';
import { wt } from './workbenchText';

/** Markdown from the handler is shown as text: the workbench never renders an add-in's markup. */
const plain = (markdown: string) =>
  markdown.replace(/\*\*|__|[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/**
 * Outlook's Smart Alerts dialog for a send the handler did not allow. Don't send is always there;
 * Send anyway only when the handler downgraded the send mode to promptUser; the take-action button
 * (cancelLabel + commandId) opens the add-in's pane, which the workbench already shows.
 */
export function SmartAlertDialog({
  options,
  onDontSend,
  onSendAnyway,
  onTakeAction,
}: {
  options: SmartAlertOptions;
  onDontSend(): void;
  onSendAnyway(): void;
  onTakeAction(): void;
}) {
  const message =
    options.errorMessage ?? (options.errorMessageMarkdown ? plain(options.errorMessageMarkdown) : '');
  const prompt = options.sendModeOverride === 'promptUser';
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDontSend()}>
      <DialogSurface aria-describedby="smart-alert-message" data-testid="smart-alert">
        <DialogBody>
          <DialogTitle>{wt('dialog.title')}</DialogTitle>
          <DialogContent>
            <Text id="smart-alert-message" style={{ whiteSpace: 'pre-wrap' }}>
              {message}
            </Text>
          </DialogContent>
          <DialogActions>
            {options.commandId && options.cancelLabel && (
              <Button onClick={onTakeAction}>{options.cancelLabel}</Button>
            )}
            {prompt && <Button onClick={onSendAnyway}>{wt('dialog.sendAnyway')}</Button>}
            <Button appearance="primary" onClick={onDontSend}>
              {wt('dialog.dontSend')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
