import { createRoot } from 'react-dom/client';
import { toLang } from '../../core/model/Lang';
import { configureTab } from './configureTab';
import { TabConfigScreen } from '../../ui/meeting/TabConfigScreen';
import { loadTheme } from '../../ui/shared/themeFor';

const el = document.getElementById('root');
if (el) {
  const root = createRoot(el);
  const setup = await configureTab(new URL('meeting.html', location.href).href);
  const lang = toLang(new URLSearchParams(location.search).get('lang') ?? setup.locale ?? navigator.language);
  const render = async (theme: typeof setup.theme) =>
    root.render(
      <TabConfigScreen
        lang={lang}
        theme={await loadTheme(theme)}
        inTeams={setup.inTeams}
        onName={setup.setName}
      />,
    );
  await render(setup.theme);
  setup.onThemeChange((t) => void render(t));
  document.body.dataset.ready = 'true';
}
