import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { PaneServices } from '../shared/PaneServices';
import { ServicesProvider } from '../shared/ServicesContext';
import { CheckerScreen } from './CheckerScreen';

/** The task pane's root: host theme and language, the ports, the checker. */
export function TaskPaneApp({ services, theme }: { services: PaneServices; theme: Theme }) {
  return (
    <FluentProvider theme={theme} lang={services.lang} style={{ minHeight: '100vh' }}>
      <ServicesProvider services={services}>
        <CheckerScreen />
      </ServicesProvider>
    </FluentProvider>
  );
}
