import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdfkit", "oidc-provider"],
  poweredByHeader: false,
  // Lets parallel builds (e.g. several e2e runs on one machine) keep apart; default ".next".
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Types are checked once over the whole tree (app, tests, scripts) by `npm run typecheck` in CI;
  // the build does not repeat it, so a test file's typing cannot block a build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() renders a translated 403 page from the permission guard.
  // globalNotFound: a URL that matches no route gets src/app/global-not-found.tsx (the root layout
  // is [locale]/layout.tsx, so there is no root-level not-found to compose one from).
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
      { key: "X-Frame-Options", value: "DENY" },
      ...(process.env.NODE_ENV === "production"
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ];
    return [{ source: "/:path*", headers: security }];
  },
};

export default nextConfig;
