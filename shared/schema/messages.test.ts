import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageWith, readMessage, tooLong } from '@shared/schema/messages';

describe('messages with values', () => {
  it('round-trips a key and its values, and reads a plain key as is', () => {
    expect(readMessage(messageWith('errors.common.tooLong', { max: 80 }))).toEqual({
      key: 'errors.common.tooLong',
      params: { max: 80 },
    });
    expect(readMessage('errors.members.lastNameRequired')).toEqual({
      key: 'errors.members.lastNameRequired',
      params: {},
    });
  });

  it('drops damaged values rather than throwing', () => {
    expect(readMessage('errors.x|{not json')).toEqual({ key: 'errors.x', params: {} });
    expect(readMessage('errors.x|{"a":{"b":1}}')).toEqual({ key: 'errors.x', params: {} });
  });

  it('gives zod the limit of a text that is too long', () => {
    const result = z
      .string()
      .max(3, { error: tooLong(3) })
      .safeParse('abcd');
    expect(result.success).toBe(false);
    expect(readMessage(result.error?.issues[0]?.message ?? '').params).toEqual({ max: 3 });
  });
});
