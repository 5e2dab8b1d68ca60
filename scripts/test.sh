#!/usr/bin/env bash
# `npm test`: typecheck, unit and integration tests (vitest, real SQLite files), then the e2e tests
# (Playwright driving Debian's Chromium against the real production build and server).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results .tmp

step() { printf '\n== %s\n' "$1"; }
fail() { printf '\nnpm test failed at: %s\n' "$1" >&2; exit 1; }

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

step "typecheck (tsc --noEmit)"
npx tsc --noEmit || fail "typecheck"

# The build comes before vitest: the integration tests that drive the real server (crash,
# concurrency, backup under load) start it from this build.
step "production build (remix build)"
npx remix build || fail "build"

step "unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || fail "vitest"

step "end-to-end tests (Playwright + Chromium)"
if ! CHROMIUM_PATH="$(find_chromium)"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "No Chromium found; installing Debian's chromium with apt-get."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || fail "installing chromium"
    CHROMIUM_PATH="$(find_chromium)" || fail "chromium still missing after apt-get"
  else
    echo "No Chromium found. Install Debian's chromium (sudo apt-get install chromium)," >&2
    echo "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again." >&2
    fail "no chromium"
  fi
fi
export CHROMIUM_PATH
npx playwright test -c e2e/playwright.config.ts || fail "e2e"

# One closing line that counts both runners' results.
node -e '
const fs = require("fs");
const v = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
const p = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8")).stats;
const passed = v.numPassedTests + p.expected;
const failed = v.numFailedTests + p.unexpected + p.flaky;
const skipped = v.numPendingTests + v.numTodoTests + p.skipped;
console.log(`\nvitest: ${v.numPassedTests} passed, playwright: ${p.expected} passed`);
console.log(`laget: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
'
