#!/usr/bin/env bash
# Runs every test: type check, unit tests, a production build of both locales,
# and the end-to-end tests in Debian's Chromium against that build; then a second
# build published under a base path, and the link and search tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "» Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "» Installing Debian's chromium for the end-to-end tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at $CHROMIUM." >&2
    echo "Install it with: sudo apt-get install chromium   (or set CHROMIUM_PATH to another Chromium binary)" >&2
    exit 1
  fi
fi

# The end-to-end tests run against nginx with the production configuration (deploy/nginx).
if [ "${E2E_SERVER:-nginx}" = "nginx" ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "» Installing Debian's nginx-light for the end-to-end tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  else
    echo "The end-to-end tests serve the site with nginx, which is not installed." >&2
    echo "Install it with: sudo apt-get install nginx-light   (or run E2E_SERVER=docusaurus npm test to use docusaurus serve)" >&2
    exit 1
  fi
fi

echo "» Type check"
npx tsc --noEmit
echo "» Formatting (Prettier) and lint (ESLint)"
npx prettier --check . --log-level warn
npx eslint .
echo "» Unit tests"
npx vitest run --config tests/vitest.config.mts
echo "» Build (both locales)"
npx docusaurus build
echo "» Build under a base path, for another host (SITE_URL, BASE_URL)"
BASE_URL=/docs/im-errors/ SITE_URL=https://docs.example.org npx docusaurus build --out-dir build-base
echo "» End-to-end tests"
npx playwright test --config tests/playwright.config.ts
echo "» End-to-end tests of links, search and hostile URLs, on the site served under its base path"
E2E_BASE_PATH=/docs/im-errors/ E2E_PORT="${E2E_BASE_PORT:-3101}" \
  npx playwright test --config tests/playwright.config.ts links.spec.ts search.spec.ts
