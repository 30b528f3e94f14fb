#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native unit/property tests, wasm-bindgen tests in headless Chromium, the release
# build, and the Playwright end-to-end tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
# shellcheck source=scripts/env.sh
. scripts/env.sh
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
step "clippy (native, with the prerender binary)" cargo clippy --locked --all-targets --features ssr -- -D warnings
step "clippy (wasm32)" cargo clippy --locked --all-targets --target wasm32-unknown-unknown --features render-count -- -D warnings
# The release build for the browser has the split points (cfg wasm_split, src/app/split.rs).
step "clippy (wasm32 release, split)" cargo clippy --locked --release --lib --bins --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo test --locked
step "browser tests (wasm-bindgen-test in Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown --test browser --features render-count,all-content
step "release build" trunk build --release
# A debug build with a panic trigger the shipped build lacks, for e2e/crash.spec.mjs (served at
# /portal/crash-test/). Only the binary differs from what the browser tests compiled.
step "crash-test build" env CLOUD_SELF_CHECK_CRASH_TEST=1 trunk build --dist dist-crash
step "end-to-end tests (Playwright)" env FORCE_COLOR=0 npx playwright test
# Safari's engine: the main journey in WebKitWebDriver under Xvfb (about 35 s).
step "WebKit: the main journey" node e2e/webkit.mjs
# Firefox (Debian's firefox-esr) through its WebDriver BiDi agent: the same journey (about 15 s).
step "Firefox: the main journey" node e2e/firefox.mjs

# One closing line for all runners. Every step above stops the script when it fails, so by
# here nothing failed; the counts come from cargo's "test result" lines (native and
# wasm-bindgen-test) and Playwright's summary.
summary="$(awk '
  /test result: ok\./ {
    for (i = 2; i <= NF; i++) {
      if ($i == "passed;") passed += $(i - 1)
      if ($i == "ignored;") skipped += $(i - 1)
    }
  }
  /^ +[0-9]+ passed \(/ { passed += $1 }
  /^webkit: main journey passed/ { passed += 1 }
  /^firefox: main journey passed/ { passed += 1 }
  /^ +[0-9]+ skipped$/ { skipped += $1 }
  END { printf "%d passed, 0 failed, %d skipped", passed, skipped }
' "$log")"
printf '\nall tests: %s\n' "$summary"
