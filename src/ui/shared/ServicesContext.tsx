import { createContext, useContext, type ReactNode } from 'react';
import type { PaneServices } from './PaneServices';

const ServicesContext = createContext<PaneServices | null>(null);

export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  // A programming error (a screen rendered outside its root), not a user-facing failure.
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
