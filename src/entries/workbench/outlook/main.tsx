import { createRoot } from 'react-dom/client';
import { OutlookWorkbench } from './OutlookWorkbench';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OutlookWorkbench />);
