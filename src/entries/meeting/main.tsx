import { createRoot } from 'react-dom/client';
import { MeetingApp } from '../../ui/meeting/MeetingApp';
import { loadTheme } from '../../ui/shared/themeFor';
import { createMeetingServices } from './createMeetingServices';

// Composition root of the Teams meeting tab: Teams (or not), Graph (tenant, emulator or none), Live Share
// (or single-user), then React. The host's theme is followed live.
const el = document.getElementById('root');
if (el) {
  const root = createRoot(el);
  const { services, theme, teams } = await createMeetingServices(location.search);
  const render = async (name: typeof theme) => {
    document.documentElement.dataset.theme = name;
    root.render(<MeetingApp services={services} theme={await loadTheme(name)} />);
  };
  await render(theme);
  teams?.onThemeChange((t) => void render(t));
  document.documentElement.lang = services.session.lang;
  document.body.dataset.ready = 'true';
}
