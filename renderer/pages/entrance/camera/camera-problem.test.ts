import { describe, expect, it } from 'vitest';
import { cameraPossible, cameraProblemOf } from '@renderer/pages/entrance/camera/camera-problem';

const thrown = (name: string) => new DOMException('getUserMedia', name);

describe('cameraProblemOf', () => {
  it('tells a refusal, a missing camera and a busy one apart', () => {
    expect(cameraProblemOf(thrown('NotAllowedError'))).toBe('refused');
    expect(cameraProblemOf(thrown('SecurityError'))).toBe('refused');
    expect(cameraProblemOf(thrown('NotFoundError'))).toBe('missing');
    expect(cameraProblemOf(thrown('OverconstrainedError'))).toBe('missing');
    expect(cameraProblemOf(thrown('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(thrown('AbortError'))).toBe('busy');
    // Chromium's OverconstrainedError is not an Error, only an object with a name.
    expect(cameraProblemOf({ name: 'OverconstrainedError', constraint: 'facingMode' })).toBe('missing');
  });

  it('says « failed » for anything else', () => {
    expect(cameraProblemOf(new TypeError('boom'))).toBe('failed');
    expect(cameraProblemOf('NotAllowedError')).toBe('failed');
    expect(cameraProblemOf(undefined)).toBe('failed');
  });
});

describe('cameraPossible', () => {
  const getUserMedia = () => undefined;
  it('only on a secure origin whose browser offers getUserMedia', () => {
    expect(cameraPossible({ isSecureContext: true, navigator: { mediaDevices: { getUserMedia } } })).toBe(
      true,
    );
    expect(cameraPossible({ isSecureContext: false, navigator: { mediaDevices: { getUserMedia } } })).toBe(
      false,
    );
    expect(cameraPossible({ isSecureContext: false, navigator: {} })).toBe(false);
    expect(cameraPossible({ isSecureContext: true, navigator: { mediaDevices: {} } })).toBe(false);
  });
});
