// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

// Interface messages per request (cookie or Accept-Language): see i18n/request.ts. The messages are compiled at
// build time, so browsers get a small formatter instead of an ICU message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds (e.g. parallel e2e checks) live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Lets requireRole() answer a real 403 through forbidden().
  // serverActions.bodySizeLimit: room above the 1 MB document limit, so an oversized upload reaches the form's
  // own message ("larger than 1 MB") rather than a refused request; the proxy refuses anything larger (proxy.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  // The Prisma adapters and pg load native-free drivers at run time; bundling them gains nothing.
  serverExternalPackages: ["@libsql/client", "libsql", "pg", "@prisma/adapter-libsql", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
