import { createRoot } from 'react-dom/client';
import { WorkbenchShell } from '../../ui/workbench/WorkbenchShell';

const root = document.getElementById('root');
if (root) createRoot(root).render(<WorkbenchShell />);
