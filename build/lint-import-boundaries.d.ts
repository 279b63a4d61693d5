import type { Rule } from 'eslint';

export declare const packageBoundaries: {
  parts: Record<string, string[]>;
  packageEntries: Record<string, string>;
};
export declare const importBoundaries: Rule.RuleModule;
