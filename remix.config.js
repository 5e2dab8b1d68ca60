// LAGET_BUILD_DIR lets several builds live side by side (parallel test runs); production uses build/.
const buildDir = process.env.LAGET_BUILD_DIR ?? "build";

/**
 * Remix classic compiler, as the design card asks (see docs/decisions/001-classic-compiler.md).
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverBuildPath: `${buildDir}/index.js`,
  assetsBuildDirectory: `${buildDir}/client`,
  publicPath: "/build/",
  cacheDirectory: `${buildDir}/.cache`,
  // Tailwind 4 runs through PostCSS; the built-in `tailwind` option only knows v3.
  postcss: true,
  tailwind: false,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
