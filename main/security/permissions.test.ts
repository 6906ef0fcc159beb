import { describe, expect, it } from 'vitest';
import { isPermissionCheckAllowed, isPermissionRequestAllowed } from './permissions';

const app = 'app://tilleul/index.html#/porte';

describe('isPermissionRequestAllowed', () => {
  it('grants the camera to the app', () => {
    expect(
      isPermissionRequestAllowed({ permission: 'media', requestingUrl: app, mediaTypes: ['video'] }),
    ).toBe(true);
  });

  it('refuses the microphone, alone or together with the camera', () => {
    expect(
      isPermissionRequestAllowed({ permission: 'media', requestingUrl: app, mediaTypes: ['audio'] }),
    ).toBe(false);
    expect(
      isPermissionRequestAllowed({ permission: 'media', requestingUrl: app, mediaTypes: ['video', 'audio'] }),
    ).toBe(false);
  });

  it('refuses a media request that names no media type', () => {
    expect(isPermissionRequestAllowed({ permission: 'media', requestingUrl: app })).toBe(false);
    expect(isPermissionRequestAllowed({ permission: 'media', requestingUrl: app, mediaTypes: [] })).toBe(
      false,
    );
  });

  it('refuses the camera to any other origin', () => {
    for (const requestingUrl of ['https://example.org/', 'file:///tmp/x.html', 'app://evil/index.html', '']) {
      expect(isPermissionRequestAllowed({ permission: 'media', requestingUrl, mediaTypes: ['video'] })).toBe(
        false,
      );
    }
  });

  it('refuses every other permission, even to the app', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'fullscreen',
      'openExternal',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'midiSysex',
      'unknown',
    ]) {
      expect(
        isPermissionRequestAllowed({ permission, requestingUrl: app, mediaTypes: ['video'] }),
        permission,
      ).toBe(false);
    }
  });
});

describe('isPermissionCheckAllowed', () => {
  it('answers yes only for video media from the app origin', () => {
    expect(
      isPermissionCheckAllowed({
        permission: 'media',
        requestingOrigin: 'app://tilleul',
        mediaType: 'video',
      }),
    ).toBe(true);
  });

  it('answers no for audio, unknown media, other origins and other permissions', () => {
    expect(
      isPermissionCheckAllowed({
        permission: 'media',
        requestingOrigin: 'app://tilleul',
        mediaType: 'audio',
      }),
    ).toBe(false);
    expect(
      isPermissionCheckAllowed({
        permission: 'media',
        requestingOrigin: 'app://tilleul',
        mediaType: 'unknown',
      }),
    ).toBe(false);
    expect(isPermissionCheckAllowed({ permission: 'media', requestingOrigin: 'app://tilleul' })).toBe(false);
    expect(
      isPermissionCheckAllowed({
        permission: 'media',
        requestingOrigin: 'https://example.org',
        mediaType: 'video',
      }),
    ).toBe(false);
    expect(isPermissionCheckAllowed({ permission: 'geolocation', requestingOrigin: 'app://tilleul' })).toBe(
      false,
    );
  });
});
