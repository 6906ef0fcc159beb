import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of docs/architecture.md are enforced by the build, twice: a lint rule on imports and a
 * per-folder tsconfig on globals. These tests prove both really refuse a wrong file.
 */
const root = join(import.meta.dirname, '..', '..');

async function lintErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.message);
}

function typeErrors(layer: string, code: string): string[] {
  const configPath = join(root, layer, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, join(root, layer));
  const file = join(root, layer, '__layer_probe__.ts');
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (p) => p === file || fileExists.call(host, p);
  host.readFile = (p) => (p === file ? code : readFile.call(host, p));
  host.getSourceFile = (p, language, ...rest) =>
    p === file ? ts.createSourceFile(p, code, language) : getSourceFile.call(host, p, language, ...rest);
  const program = ts.createProgram([file], { ...options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer rules (lint)', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { createRxDatabase } from 'rxdb/plugins/core';"],
    ['shared/x.ts', "import { x } from '@renderer/data/database';"],
    ['renderer/x.ts', "import { join } from 'path';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import { x } from '@main/main';"],
    ['main/x.ts', "import { x } from '@renderer/main';"],
    ['server/x.ts', "import { app } from 'electron';"],
    ['renderer/a/x.ts', "import { x } from '../../shared/ids';"],
    // Inside renderer/, one way: app → pages → components → sync → data → pdf → i18n, platform.
    ['renderer/data/x.ts', "import { x } from '@renderer/pages/members/MembersPage';"],
    ['renderer/data/members/x.ts', "import { x } from '@renderer/sync/use-sync';"],
    ['renderer/sync/x.ts', "import { x } from '@renderer/components/AuditTable';"],
    ['renderer/components/x.tsx', "import { x } from '@renderer/app/App';"],
    ['renderer/pages/members/x.tsx', "import { x } from '@renderer/app/routes';"],
    ['renderer/i18n/x.ts', "import { x } from '@renderer/data/database';"],
    ['renderer/platform/x.ts', "import { x } from '@renderer/i18n/i18n';"],
  ])('%s refuses %s', async (file, code) => {
    const errors = await lintErrors(file, `${code}\nexport const used = x;\n`);
    expect(errors.some((m) => m.includes('docs/architecture.md') || m.includes('alias'))).toBe(true);
  });

  it('allows what each layer may import', async () => {
    expect(
      await lintErrors('shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"),
    ).toEqual([]);
    expect(
      await lintErrors('main/x.ts', "import { join } from 'node:path';\nexport const p = join('a');\n"),
    ).toEqual([]);
    const downward = "import { useData } from '@renderer/data/context';\nexport const u = useData;\n";
    expect(await lintErrors('renderer/pages/x.ts', downward)).toEqual([]);
    expect(await lintErrors('renderer/components/x.ts', downward)).toEqual([]);
    expect(await lintErrors('renderer/sync/x.ts', downward)).toEqual([]);
  });

  it('refuses default exports', async () => {
    expect(await lintErrors('shared/x.ts', 'export default 1;\n')).toContain(
      'Pas d’export par défaut : exportez un nom.',
    );
  });
});

describe('layer rules (types)', () => {
  it('shared/ has neither DOM nor Node globals', () => {
    expect(typeErrors('shared', 'export const a = document.title;').join()).toMatch(
      /Cannot find name 'document'/,
    );
    expect(typeErrors('shared', 'export const b = process.env;').join()).toMatch(
      /Cannot find name 'process'/,
    );
    expect(typeErrors('shared', 'export const c = [1].at(0);')).toEqual([]);
  });

  it('renderer/ has the DOM but not Node', () => {
    expect(typeErrors('renderer', 'export const a = document.title;')).toEqual([]);
    expect(typeErrors('renderer', 'export const b = process.env;').join()).toMatch(
      /Cannot find name 'process'/,
    );
  });

  it('main/ has Node but not the DOM', () => {
    expect(typeErrors('main', 'export const b = process.env;')).toEqual([]);
    expect(typeErrors('main', 'export const a = document.title;').join()).toMatch(
      /Cannot find name 'document'/,
    );
  });
});
