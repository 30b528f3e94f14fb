#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native unit/property tests, wasm-bindgen tests in headless Chromium, the release
# build, and the Playwright end-to-end tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
# A loaded 2-core machine can be slow to start Chromium.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
step() {
  local name="$1"; shift
  printf '\n==> %s\n' "$name"
  "$@" 2>&1 | tee -a "$log"
}

step "cargo fmt --check" cargo fmt --all --check
step "clippy (native)" cargo clippy --locked --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo test --locked
step "browser tests (wasm-bindgen-test in Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown --test browser
step "release build" trunk build --release
step "end-to-end tests (Playwright)" npx playwright test

# One closing line for all runners: cargo's "test result" lines and Playwright's summary.
passed=$(grep -oE 'test result: ok\. [0-9]+ passed|^ +[0-9]+ passed \(' "$log" | grep -oE '[0-9]+' | awk '{ sum += $1 } END { print sum + 0 }')
printf '\nall tests: %s passed, 0 failed\n' "$passed"
