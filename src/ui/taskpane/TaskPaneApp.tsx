import { FluentProvider } from '@fluentui/react-components';
import type { PaneServices } from '../shared/PaneServices';
import { ServicesProvider } from '../shared/ServicesContext';
import { themeFor } from '../shared/themeFor';
import { CheckerScreen } from './CheckerScreen';

/** The task pane's root: host theme and language, the ports, the checker. */
export function TaskPaneApp({ services }: { services: PaneServices }) {
  return (
    <FluentProvider theme={themeFor(services.theme)} lang={services.lang} style={{ minHeight: '100vh' }}>
      <ServicesProvider services={services}>
        <CheckerScreen />
      </ServicesProvider>
    </FluentProvider>
  );
}
