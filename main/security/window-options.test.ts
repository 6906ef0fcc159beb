import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/opt/tilleul/dist/main/preload.cjs' });

  it('isolates the renderer from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and the risky features off', () => {
    expect(options.webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads the given preload and nothing else', () => {
    expect(options.webPreferences?.preload).toBe('/opt/tilleul/dist/main/preload.cjs');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('is titled Tilleul and hidden until its first paint', () => {
    expect(options.title).toBe('Tilleul');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
  });
});
