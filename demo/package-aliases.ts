// The example apps import the package by its name, exactly as the README shows. Inside the repository the
// package is not installed, so every Vite server and build of the examples resolves those names to the sources.
import type { Alias } from 'vite';

const source = (path: string) => new URL(`../src/${path}`, import.meta.url).pathname;

export const packageAliases: Alias[] = [
  { find: /^debitura-collect\/react$/, replacement: source('react/index.ts') },
  { find: /^debitura-collect\/console$/, replacement: source('console/index.ts') },
  { find: /^debitura-collect$/, replacement: source('widget/index.ts') },
];
