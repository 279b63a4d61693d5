#!/usr/bin/env node
// The `debitura-sandbox` command. The sandbox's HTTP and JWT libraries are optional peers of the package (widget
// users never need them), so the command checks they are installed before loading the sandbox and says what to
// install when they are not, instead of failing with a module-resolution stack trace.
import { missingSandboxPeers, sandboxPeerInstallHint } from './peer-dependencies.js';

const missing = missingSandboxPeers((specifier) => import.meta.resolve(specifier));
if (missing.length > 0) {
  console.error(sandboxPeerInstallHint(missing));
  process.exit(1);
}
await import('./cli.js');
