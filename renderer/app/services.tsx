import { createContext, useContext } from 'react';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';
import type { DeviceIdentity } from '@renderer/data/device';
import type { Language } from '@renderer/i18n/i18n';
import type { Platform } from '@renderer/platform/platform';

/** What the whole UI shares, created once at start-up (main.tsx). */
export interface Services {
  db: TilleulDatabase;
  platform: Platform;
  device: DeviceIdentity;
  writeContext: WriteContext;
  language: Language;
  setLanguage: (language: Language) => void;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
