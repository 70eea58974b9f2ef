/**
 * Adding a language is one line in lib/languages.ts plus its messages file
 * (imported by lib/messages.ts, and its name in the other files' groups keyed
 * by language). Proved on a copy of the sources with a made-up language `xx`
 * (written right to left, to exercise the direction too): with only its line
 * in the list, the compiler names lib/messages.ts; with its messages file
 * there, the whole application compiles unchanged and the languages test
 * passes for it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['app', 'components', 'lib', 'i18n', 'db', 'messages', 'scripts', 'auth.ts', 'instrumentation.ts', 'next.config.ts', 'proxy.ts', 'drizzle.config.ts'];
const CONFIG = ['tsconfig.json', 'vitest.config.mts', 'package.json'];
const TESTS = ['tests/unit/languages.test.ts', 'tests/unit/messages.test.ts', 'tests/helpers/empty-module.ts'];
const NEW_LANGUAGE = `  { code: 'xx', name: 'Xx', englishName: 'Test language', dir: 'rtl', dateLocale: 'en-GB', colon: ': ', posterCountries: ['XX'] },`;

let dir: string;

function run(command: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', command), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The whole application; tests aside (a test may rightly want an expected text per language), and the benchmarks, built on them. */
const typecheck = () => run('typescript/bin/tsc', ['-p', 'tsconfig.proof.json']);
/** The messages module alone: quick. */
const typecheckMessages = () => run('typescript/bin/tsc', ['-p', 'tsconfig.messages.json']);
const languagesTest = () => run('vitest/vitest.mjs', ['run', '--project', 'unit', '--reporter=verbose', 'tests/unit/languages.test.ts', 'tests/unit/messages.test.ts']);

/** Adds `xx` wherever a messages file names each language (`Cities.nameIn`…), as a translator would. */
function nameTheLanguage(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, nameTheLanguage(v)] as const);
  const isGroup = entries.filter(([k]) => ['en', 'fr', 'nl', 'de'].includes(k)).length >= 2;
  return Object.fromEntries(isGroup ? [...entries, ['xx', 'Xx']] : entries);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-language-'));
  for (const entry of [...SOURCES, ...CONFIG, ...TESTS]) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const proof = (include: string[]) => ({ extends: './tsconfig.json', compilerOptions: { incremental: false, noEmit: true }, include, exclude: ['node_modules', 'tests', 'scripts/bench'] });
  fs.writeFileSync(path.join(dir, 'tsconfig.proof.json'), JSON.stringify(proof(['**/*.ts', '**/*.tsx'])));
  fs.writeFileSync(path.join(dir, 'tsconfig.messages.json'), JSON.stringify(proof(['lib/messages.ts'])));
  const list = path.join(dir, 'lib', 'languages.ts');
  const source = fs.readFileSync(list, 'utf8');
  const last = source.split('\n').find((line) => line.trimStart().startsWith("{ code: 'de'"));
  expect(last, "lib/languages.ts lists German on a line of its own").toBeDefined();
  fs.writeFileSync(list, source.replace(last!, `${last}\n${NEW_LANGUAGE}`));
}, 60_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('adding a language', () => {
  it('with only its line in the list, the compiler asks for its messages', () => {
    const { status, output } = typecheckMessages();
    expect(status).not.toBe(0);
    expect(output).toContain('lib/messages.ts');
    expect(output).toMatch(/'xx'/);
  }, 120_000);

  it('with its messages file, the application compiles unchanged and the languages test passes for it', () => {
    for (const file of fs.readdirSync(path.join(dir, 'messages')).filter((f) => f.endsWith('.json'))) {
      const at = path.join(dir, 'messages', file);
      fs.writeFileSync(at, JSON.stringify(nameTheLanguage(JSON.parse(fs.readFileSync(at, 'utf8'))), null, 2));
    }
    fs.copyFileSync(path.join(dir, 'messages', 'en.json'), path.join(dir, 'messages', 'xx.json'));
    const messagesModule = path.join(dir, 'lib', 'messages.ts');
    const source = fs.readFileSync(messagesModule, 'utf8');
    expect(source).toContain("import nl from '@/messages/nl.json';");
    expect(source).toContain('{ en, fr, nl, de }');
    fs.writeFileSync(messagesModule, source.replace("import nl from '@/messages/nl.json';", "import nl from '@/messages/nl.json';\nimport xx from '@/messages/xx.json';").replace('{ en, fr, nl, de }', '{ en, fr, nl, de, xx }'));

    const compiled = typecheck();
    expect(compiled.output.trim(), compiled.output).toBe('');
    expect(compiled.status).toBe(0);

    const tested = languagesTest();
    expect(tested.output).toContain('xx has its file, with exactly the keys of English');
    expect(tested.status, tested.output).toBe(0);
  }, 420_000);
});
