// The packages the sandbox needs beyond the widget's own dependencies. They are optional peers of
// debitura-collect, so a script-tag, React or Vue project does not install a server framework it never runs.
export const sandboxPeers = ['hono', '@hono/node-server', 'jose'] as const;

/** The peers `resolve` cannot find (it throws for a package that is not installed). */
export function missingSandboxPeers(resolve: (specifier: string) => unknown): string[] {
  return sandboxPeers.filter((name) => {
    try {
      resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

export function sandboxPeerInstallHint(missing: readonly string[]): string {
  return (
    `debitura-sandbox needs ${missing.join(', ')}, optional peer dependencies of debitura-collect.\n` +
    `Install them beside it:  npm install --save-dev ${sandboxPeers.join(' ')}`
  );
}
