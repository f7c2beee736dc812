// `npm run lint`: ESLint, Prettier's format check, the import graph's rules
// (scripts/checkImports.mjs) and the copy-paste detector over lib/ (jscpd, .jscpd.json),
// in that order, stopping at the first that fails.
import { spawnSync } from 'node:child_process';

const node = (...args) => [process.execPath, ...args];
const CHECKS = [
  ['eslint', node('node_modules/eslint/bin/eslint.js', '.')],
  [
    'prettier',
    node('node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.'),
  ],
  ['import graph', node('scripts/checkImports.mjs')],
  ['copy-paste', node('node_modules/jscpd/bin/jscpd', '--silent')],
];

for (const [name, [command, ...args]] of CHECKS) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`lint: ${name} failed`);
    process.exit(status ?? 1);
  }
}
console.log('lint: eslint, prettier, import graph and copy-paste checks pass');
