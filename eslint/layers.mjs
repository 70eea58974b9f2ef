/**
 * The layers, held by the linter: app → components → lib → db, nothing back, no import cycles.
 * README ("Layers the linter holds") says the same in words; tests/unit/lint-rules.test.ts proves
 * that every rule here refuses what it should.
 *
 * - components/ may not import the database (`@/db…`) or a route (`@/app/…`).
 * - lib/ may not import components, routes, React or Next.js.
 * - db/ may import nothing of lib/ but `@/lib/constants`: pure constants (languages, kinds,
 *   statuses) that the tables' enums are made of, which themselves import nothing.
 * - lib/ has no index files: a module is imported by its own file (`@/lib/lights/view`), never by
 *   its folder, so a light importer never loads a heavy neighbour (sharp, exceljs, the database).
 * - Every module of lib/ that imports the database says `import 'server-only'`.
 * - A client component ('use client') imports from lib/ only modules that reach neither the
 *   database nor `server-only`, however deep.
 * - Tests and scripts are free.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A pattern for no-restricted-imports that matches the folder both as `@/x` and as `../x`. */
function folder(name, message) {
  return { regex: `^(@/|(\\.\\./)+)${name}(/.*)?$`, message };
}

const DB = folder('db', 'components/ may not import the database: ask lib/ for what it needs (app → components → lib → db).');
const APP_FROM_COMPONENTS = folder('app', 'components/ may not import from app/: pass what it needs as props (app → components → lib → db).');
const LIB_UP = [
  folder('components', 'lib/ may not import components: lib/ knows nothing of the interface (app → components → lib → db).'),
  folder('app', 'lib/ may not import from app/: lib/ knows nothing of routes (app → components → lib → db).'),
];
const REACT_NEXT = ['react', 'react-dom', 'next', 'next-intl', 'next-auth'].map((name) => ({
  regex: `^${name}(/.*)?$`,
  message: `lib/ is free of React and Next.js: ${name} belongs in app/ or components/.`,
}));
const LIB_FROM_DB = {
  regex: '^(@/|(\\.\\./)+)lib/(?!constants$).+$',
  message:
    'db/ holds the tables, the connection and migrations only: it may import @/lib/constants (pure constants), nothing else of lib/.',
};
const UP_FROM_DB = [
  folder('components', 'db/ may not import components (app → components → lib → db).'),
  folder('app', 'db/ may not import from app/ (app → components → lib → db).'),
];

const SOURCES = '**/*.{ts,tsx,mts,mjs,js}';

/** A domain folder of lib/ imported as a whole: there is no index to import, name the file. */
const LIB_FOLDERS = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const FOLDER_IMPORT = {
  regex: `^@/lib/(${LIB_FOLDERS.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/?$`,
  message: 'lib/ has no index files: import the module by its own file, like @/lib/lights/view rather than @/lib/lights.',
};

/** The names a file imports at run time (not `import type`, not `import { type A }` alone). */
function runtimeImports(text) {
  const found = [];
  const re = /(?:^|\n)\s*(import|export)\s+([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/g;
  let m;
  while ((m = re.exec(text))) {
    const clause = m[2];
    if (/^type\s/.test(clause)) continue;
    const named = clause.match(/^\{([^}]*)\}$/);
    if (named && named[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '))) continue;
    found.push(m[3]);
  }
  for (const d of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(d[1]);
  return found;
}

function resolveFile(from, spec) {
  let base;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx']) {
    const f = base + ext;
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  }
  return null;
}

const SERVER_ONLY = /^(server-only|better-sqlite3|drizzle-orm(\/.*)?|(@\/|(\.\.\/)+)db(\/.*)?)$/;

/** The first chain of imports from `file` that reaches the server (the database or `server-only`), or null. */
function serverPath(file, seen = new Set()) {
  if (seen.has(file)) return null;
  seen.add(file);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  for (const spec of runtimeImports(text)) {
    if (SERVER_ONLY.test(spec)) return [spec];
    const next = resolveFile(file, spec);
    if (!next || next.includes(`${path.sep}node_modules${path.sep}`)) continue;
    const rest = serverPath(next, seen);
    if (rest) return [path.relative(root, next), ...rest];
  }
  return null;
}

const rel = (filename) => path.relative(root, filename).split(path.sep).join('/');

const local = {
  rules: {
    'no-index-file': {
      meta: { type: 'problem', schema: [], messages: { index: 'lib/ has no index files: import each module by its own file (@/lib/{{folder}}/<file>), and name this file for what it holds.' } },
      create(context) {
        return {
          Program(node) {
            const m = rel(context.filename).match(/^lib\/(.+)\/index\.(ts|tsx|mts|js|mjs)$/);
            if (m) context.report({ node, messageId: 'index', data: { folder: m[1] } });
          },
        };
      },
    },
    'server-only-with-db': {
      meta: { type: 'problem', schema: [], messages: { missing: "This module imports the database: say `import 'server-only';` at its top, so that no browser bundle can load it." } },
      create(context) {
        let db = null;
        let marked = false;
        return {
          ImportDeclaration(node) {
            const spec = node.source.value;
            if (spec === 'server-only') marked = true;
            else if (node.importKind !== 'type' && /^(@\/|(\.\.\/)+)db(\/.*)?$/.test(spec)) {
              const allTypes = node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
              if (!allTypes) db ??= node;
            }
          },
          'Program:exit'() {
            if (db && !marked) context.report({ node: db, messageId: 'missing' });
          },
        };
      },
    },
    'client-imports-browser-safe': {
      meta: {
        type: 'problem',
        schema: [],
        messages: { server: "A client component may import only browser-safe modules: {{spec}} reaches the server through {{chain}}. Move what the browser needs into a module of its own (like lib/lights/view.ts)." },
      },
      create(context) {
        const source = context.sourceCode;
        const first = source.ast.body[0];
        const isClient = first?.type === 'ExpressionStatement' && first.directive === 'use client';
        if (!isClient) return {};
        return {
          ImportDeclaration(node) {
            const spec = node.source.value;
            if (node.importKind === 'type') return;
            if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')) return;
            if (SERVER_ONLY.test(spec)) {
              context.report({ node, messageId: 'server', data: { spec, chain: spec } });
              return;
            }
            const file = resolveFile(context.filename, spec);
            if (!file || !rel(file).startsWith('lib/')) return;
            const chain = serverPath(file);
            if (chain) context.report({ node, messageId: 'server', data: { spec, chain: chain.join(' → ') } });
          },
        };
      },
    },
  },
};

const layers = [
  { plugins: { local } },
  {
    files: [SOURCES],
    rules: { 'no-restricted-imports': ['error', { patterns: [FOLDER_IMPORT] }] },
  },
  {
    files: [SOURCES],
    ignores: ['tests/**', 'scripts/**'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DB, APP_FROM_COMPONENTS, FOLDER_IMPORT] }] },
  },
  {
    files: ['lib/**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...LIB_UP, ...REACT_NEXT, FOLDER_IMPORT] }],
      'local/no-index-file': 'error',
      'local/server-only-with-db': 'error',
    },
  },
  {
    files: ['db/**/*.{ts,mts}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LIB_FROM_DB, ...UP_FROM_DB] }] },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: { 'local/client-imports-browser-safe': 'error' },
  },
];

export default layers;
