import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import layers from './eslint/layers.mjs';

const config = [
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'db/migrations/**', 'next-env.d.ts', 'public/map-client/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...layers,
];

export default config;
