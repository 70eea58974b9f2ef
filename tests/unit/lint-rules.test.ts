/**
 * The layers are held by the linter (eslint/layers.mjs): each rule is broken here on purpose, in
 * a file placed in the folder the rule guards, and the linter must refuse it; the allowed
 * neighbour of each case must pass, so that a rule that refuses everything fails too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The project's own configuration. The cycle rule reads the imported files from disk, so it runs
// on real files (below) and is left out for snippets that have no file behind them.
const eslint = new ESLint({ cwd: root });
const snippets = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });

/** The rules a snippet breaks, as `rule: message` lines, for a file at `file` (relative to the repository). */
async function broken(file: string, code: string): Promise<string[]> {
  const results = await snippets.lintText(code, { filePath: path.join(root, file) });
  return results.flatMap((r) => r.messages).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const LINT = 60_000;

describe('app → components → lib → db, nothing back', () => {
  it('a component may not import the database or a route', { timeout: LINT }, async () => {
    expect(await broken('components/LintProbe.tsx', "import { getDb } from '@/db';\nexport const probe = getDb;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*components\/ may not import the database/),
    ]);
    expect(await broken('components/map/LintProbe.tsx', "import { currentActor } from '@/app/_auth/current-actor';\nexport const probe = currentActor;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*components\/ may not import from app\//),
    ]);
    expect(await broken('components/LintProbe.tsx', "import { LOCALES } from '@/lib/constants';\nexport const probe = LOCALES;\n")).toEqual([]);
  });

  it('lib may not import React, Next.js, components or routes', { timeout: LINT }, async () => {
    expect(await broken('lib/lights/lint-probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*lib\/ is free of React and Next.js: react/),
    ]);
    expect(await broken('lib/lint-probe.ts', "import { headers } from 'next/headers';\nexport const probe = headers;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*lib\/ is free of React and Next.js: next/),
    ]);
    expect(await broken('lib/lights/lint-probe.ts', "import { Field } from '@/components/forms/Field';\nexport const probe = Field;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*lib\/ may not import components/),
    ]);
    expect(await broken('lib/lights/lint-probe.ts', "import { formatDate } from '@/lib/dates';\nexport const probe = formatDate;\n")).toEqual([]);
  });

  it('db may import only the pure constants of lib', { timeout: LINT }, async () => {
    expect(await broken('db/tables/lint-probe.ts', "import { env } from '@/lib/env';\nexport const probe = env;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*db\/ holds the tables, the connection and migrations only/),
    ]);
    expect(await broken('db/lint-probe.ts', "import { approvedVersionOf } from '../lib/review/approved-version';\nexport const probe = approvedVersionOf;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*db\/ holds the tables/),
    ]);
    expect(await broken('db/tables/lint-probe.ts', "import { LOCALES } from '@/lib/constants';\nexport const probe = LOCALES;\n")).toEqual([]);
  });
});

describe('no import cycles', () => {
  // Two real files that import each other, in a folder of their own inside the repository.
  const dir = path.join(root, 'lib', `lint-cycle-${process.pid}`);
  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'one.ts'), "import { two } from './two';\nexport const one = () => two();\n");
    fs.writeFileSync(path.join(dir, 'two.ts'), "import { one } from './one';\nexport const two = () => one();\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('two modules that import each other are refused', { timeout: LINT }, async () => {
    const results = await eslint.lintFiles([path.join(dir, 'one.ts')]);
    expect(results.flatMap((r) => r.messages).map((m) => m.ruleId)).toContain('import/no-cycle');
  });
});

describe('lib has no index files', () => {
  it('an index file in a domain folder is refused', { timeout: LINT }, async () => {
    expect(await broken('lib/lights/index.ts', "export * from './view';\n")).toEqual([
      expect.stringMatching(/^local\/no-index-file: lib\/ has no index files/),
    ]);
  });

  it('a domain folder imported as a whole is refused, from anywhere', { timeout: LINT }, async () => {
    const code = "import { groupByCity } from '@/lib/lights';\nexport const probe = groupByCity;\n";
    for (const file of ['app/[locale]/lint-probe.tsx', 'components/LintProbe.tsx', 'lib/exports/lint-probe.ts', 'tests/unit/lint-probe.ts']) {
      expect(await broken(file, code), file).toEqual([expect.stringMatching(/^no-restricted-imports: .*lib\/ has no index files/)]);
    }
    expect(await broken('app/[locale]/lint-probe.tsx', code.replace("'@/lib/lights'", "'@/lib/lights/view'"))).toEqual([]);
  });

  it('no domain folder holds an index file', () => {
    const folders = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(10);
    for (const f of folders) {
      for (const ext of ['ts', 'tsx', 'mts', 'mjs', 'js']) expect(fs.existsSync(path.join(root, 'lib', f.name, `index.${ext}`)), `lib/${f.name}/index.${ext}`).toBe(false);
    }
  });
});

describe('server-only', () => {
  it('a lib module that imports the database must say server-only', { timeout: LINT }, async () => {
    const code = "import { getDb } from '@/db';\nexport const probe = () => getDb();\n";
    expect(await broken('lib/lights/lint-probe.ts', code)).toEqual([expect.stringMatching(/^local\/server-only-with-db: /)]);
    expect(await broken('lib/lights/lint-probe.ts', `import 'server-only';\n${code}`)).toEqual([]);
    // Types alone load nothing.
    expect(await broken('lib/lights/lint-probe.ts', "import type { Db } from '@/db';\nexport type Probe = Db;\n")).toEqual([]);
  });

  it('a client component may import only browser-safe modules, however deep the server is', { timeout: LINT }, async () => {
    expect(await broken('components/LintProbe.tsx', "'use client';\nimport { listPublicLights } from '@/lib/lights/public';\nexport const probe = listPublicLights;\n")).toEqual([
      expect.stringMatching(/^local\/client-imports-browser-safe: .*@\/lib\/lights\/public reaches the server/),
    ]);
    expect(await broken('components/LintProbe.tsx', "'use client';\nimport { groupByCity } from '@/lib/lights/view';\nexport const probe = groupByCity;\n")).toEqual([]);
    // A server component may use the server.
    expect(await broken('components/LintProbe.tsx', "import { listPublicLights } from '@/lib/lights/public';\nexport const probe = listPublicLights;\n")).toEqual([]);
  });
});
