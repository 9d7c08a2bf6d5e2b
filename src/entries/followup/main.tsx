import { createRoot } from 'react-dom/client';
import { FollowupApp } from '../../ui/followup/FollowupApp';
import { createFollowupServices } from './createFollowupServices';

const root = document.getElementById('root');
if (root) {
  void createFollowupServices(new URLSearchParams(window.location.search)).then((services) => {
    document.documentElement.lang = services.lang;
    createRoot(root).render(<FollowupApp services={services} />);
  });
}
