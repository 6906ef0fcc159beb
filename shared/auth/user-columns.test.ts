import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { USER_COLUMNS } from '@shared/auth/user-columns';
import { userDocumentSchema } from '@shared/auth/user';
import { exportBytes, exportTable } from '@shared/export/list-export';

const hash = {
  algorithm: 'PBKDF2-SHA256',
  iterations: 600_000,
  salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
  hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
};
const stamps = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
};

describe('the accounts list’s columns', () => {
  it('give the name, the role and the state, and nothing of any secret', async () => {
    const users = [
      userDocumentSchema.parse({
        ...stamps,
        id: 'a',
        name: 'Anne Admin',
        role: 'admin',
        secretKind: 'password',
        secret: hash,
        recovery: hash,
        disabled: false,
      }),
      userDocumentSchema.parse({
        ...stamps,
        id: 'b',
        name: 'Porte 1',
        role: 'door',
        secretKind: 'pin',
        secret: hash,
        disabled: true,
      }),
    ];
    const table = exportTable(USER_COLUMNS, users, (key) => key);
    expect(table.header).toEqual(['users.name', 'users.role', 'users.state']);
    expect(table.rows).toEqual([
      ['Anne Admin', 'roles.admin', 'users.active'],
      ['Porte 1', 'roles.door', 'users.disabledBadge'],
    ]);
    const csv = new TextDecoder().decode(await exportBytes(table, 'csv', 'Comptes'));
    expect(csv).not.toMatch(/c2FsdH|aGFzaG|PBKDF2|600000/);
    const sheet = await readSheet(
      new Blob([(await exportBytes(table, 'xlsx', 'Comptes')) as Uint8Array<ArrayBuffer>]),
    );
    expect(JSON.stringify(sheet)).not.toMatch(/c2FsdH|aGFzaG|PBKDF2|600000/);
    expect(sheet).toHaveLength(3);
  });
});
