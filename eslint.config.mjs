import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'out-*/**',
      'public/**',
      'next-env.d.ts',
      'tests/fixtures/**',
      'test-results/**',
      'bench-results/**',
    ],
  },
  {
    // A local named `module` is harmless in ES modules; the rule targets CommonJS pages.
    files: ['lib/**'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
  {
    // lib/ is pure and below the views: the views import it, never the reverse. Its tests may
    // read the course's real widget specs (the content check is tested against them).
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*', '**/components/*'],
              message: 'lib/ must not import components/: pass what it needs in as an argument.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Pass a seeded generator (lib/random) instead.',
        },
      ],
    },
  },
];

export default config;
