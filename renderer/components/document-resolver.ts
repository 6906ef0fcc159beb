import type { z } from 'zod';
import { issuesByPath } from '@renderer/components/translate-error';

const PLACEHOLDER_STAMPS = {
  id: 'draft',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  updatedBy: 'draft',
  deviceId: 'draft',
};

/**
 * A Mantine form resolver for a document's shared zod schema: the form holds the fields a
 * person types, the stamps (id, dates, who) are added by the data layer when it writes.
 */
export function documentResolver<V extends object>(
  schema: z.ZodType,
  extra?: (values: V) => Record<string, string>,
) {
  return (values: V): Record<string, string> => {
    const result = schema.safeParse({ ...PLACEHOLDER_STAMPS, ...values });
    return { ...(result.success ? {} : issuesByPath(result.error)), ...extra?.(values) };
  };
}
