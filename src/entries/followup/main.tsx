import { createRoot } from 'react-dom/client';
import { FollowupApp } from '../../ui/followup/FollowupApp';
import { createFollowupServices } from './createFollowupServices';

const root = document.getElementById('root');
if (root) {
  void createFollowupServices(new URLSearchParams(window.location.search)).then((services) => {
    document.documentElement.lang = services.lang;
    // body[data-loaded] says how the last load ended ("ok" or the error kind), for people and browser tests.
    const load = services.load;
    services.load = async () => {
      const r = await load();
      document.body.dataset.loaded = r.ok ? 'ok' : r.error.kind;
      return r;
    };
    createRoot(root).render(<FollowupApp services={services} />);
  });
}
