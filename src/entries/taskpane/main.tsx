import { createRoot } from 'react-dom/client';
import { loadOffice } from '../../adapters/office/officeBootstrap';
import type { OfficeLike } from '../../adapters/office/officeTypes';
import { TaskPaneApp } from '../../ui/taskpane/TaskPaneApp';
import { NotInOutlook } from '../../ui/taskpane/NotInOutlook';
import { toLang } from '../../core/model/Lang';
import { loadTheme } from '../../ui/shared/themeFor';
import { createPaneServices } from './createPaneServices';

// The composition root: Office first (the workbench's fake host or office.js), then ports, then React.
const root = document.getElementById('root');
if (root) {
  const office = (await loadOffice()) as unknown as OfficeLike | null;
  const view = createRoot(root);
  if (office && office.context.mailbox?.item) {
    const services = createPaneServices(office, location.search);
    view.render(<TaskPaneApp services={services} theme={await loadTheme(services.theme)} />);
  }
  else view.render(<NotInOutlook lang={toLang(navigator.language)} />);
}
