import { createContext, useContext } from 'react';
import type { Platform } from '@renderer/platform/platform';

export const PlatformContext = createContext<Platform | null>(null);

/** Saving files and the app's version, on the desktop or in a browser (selected at start-up). */
export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform() outside <PlatformContext.Provider>');
  return platform;
}
