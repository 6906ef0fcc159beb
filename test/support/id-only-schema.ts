/** The smallest RxDB collection schema: documents of one `id`, for tests of RxDB's own behaviour. */
export const ID_ONLY_SCHEMA = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 20 } },
  required: ['id'],
} as const;
