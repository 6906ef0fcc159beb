import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEMBERS_ERROR_KEYS } from '@shared/members/error-keys';
import { membersEn } from '@renderer/i18n/sections/members.en';
import { membersFr } from '@renderer/i18n/sections/members.fr';

const sourcesOf = (folder: string) => {
  const dir = fileURLToPath(new URL(`../../shared/${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(`${dir}${file}`, 'utf8'));
};

describe('members error keys', () => {
  it('lists every errors.members key the sources use', () => {
    const used = new Set(
      [...sourcesOf('members'), ...sourcesOf('money')].flatMap((source) =>
        [...source.matchAll(/errors\.members\.(\w+)/g)].map((match) => match[0]),
      ),
    );
    expect([...used].sort()).toEqual([...new Set(MEMBERS_ERROR_KEYS)].sort());
  });

  it('has a French and an English text for each, and no other', () => {
    const names = MEMBERS_ERROR_KEYS.map((key) => key.replace('errors.members.', '')).sort();
    expect(Object.keys(membersFr).sort()).toEqual(names);
    expect(Object.keys(membersEn).sort()).toEqual(names);
    for (const text of [...Object.values(membersFr), ...Object.values(membersEn)])
      expect(text.trim()).not.toBe('');
  });
});
