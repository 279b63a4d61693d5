// The Next.js example app. The widget runs with `environment="sandbox"`, which calls the Customer API under
// /customer on the page's own origin; these rewrites send that (and the sandbox's hosted signing pages) to the
// Debitura sandbox that `npm start` serves, or to DEBITURA_SANDBOX_URL.
import type { NextConfig } from 'next';

const sandbox = process.env.DEBITURA_SANDBOX_URL ?? 'http://127.0.0.1:5173';

const nextConfig: NextConfig = {
  // A separate output folder lets the tests build while `next dev` runs.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  rewrites: () =>
    Promise.resolve([
      { source: '/customer/:path*', destination: `${sandbox}/customer/:path*` },
      { source: '/hosted/:path*', destination: `${sandbox}/hosted/:path*` },
    ]),
};

export default nextConfig;
