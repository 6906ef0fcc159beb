/**
 * zod messages in shared/ are i18n keys. A key whose sentence needs a value (« 80 caractères au
 * plus ») carries it after a `|`, as JSON: a message stays one string, as zod and the forms want.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export function messageWith(key: string, params: MessageParams): string {
  return `${key}|${JSON.stringify(params)}`;
}

/** The key and its values; a plain key has none, and damaged values are dropped, not thrown. */
export function readMessage(message: string): { key: string; params: MessageParams } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, params: {} };
  try {
    const params: unknown = JSON.parse(message.slice(bar + 1));
    const valid =
      typeof params === 'object' &&
      params !== null &&
      Object.values(params).every((value) => typeof value === 'string' || typeof value === 'number');
    return { key: message.slice(0, bar), params: valid ? (params as MessageParams) : {} };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}

/** « Ce texte est trop long : 80 caractères au plus. » */
export const tooLong = (max: number) => messageWith('errors.common.tooLong', { max });
