import { createRoot } from 'react-dom/client';
import type { AppError } from '../../core/errors/AppError';
import { errorsCatalog } from '../../core/i18n/catalogs/errorsCatalog';
import { createTranslator } from '../../core/i18n/createTranslator';
import { toLang } from '../../core/model/Lang';
import { configureTab } from './configureTab';
import { TabConfigScreen } from '../../ui/meeting/TabConfigScreen';
import { loadTheme } from '../../ui/shared/themeFor';

const errorText = createTranslator(errorsCatalog);
const el = document.getElementById('root');
if (el) {
  const root = createRoot(el);
  const query = new URLSearchParams(location.search);
  const setup = await configureTab(new URL('meeting.html', location.href).href, query);
  const lang = toLang(query.get('lang') ?? setup.locale ?? navigator.language);
  const describeError = (e: AppError) =>
    `${errorText(lang, `${e.kind}.message`)} ${errorText(lang, `${e.kind}.action`)}`;
  const render = async (theme: typeof setup.theme) =>
    root.render(
      <TabConfigScreen
        lang={lang}
        theme={await loadTheme(theme)}
        inTeams={setup.inTeams}
        onName={setup.setName}
        onPlan={setup.setPlan}
        describeError={describeError}
        {...(setup.plans ? { plans: setup.plans } : {})}
        {...(setup.plan ? { plan: setup.plan } : {})}
        {...(setup.meetingTitle ? { meetingTitle: setup.meetingTitle } : {})}
      />,
    );
  await render(setup.theme);
  setup.onThemeChange((t) => void render(t));
  document.body.dataset.ready = 'true';
}
