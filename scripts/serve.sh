#!/usr/bin/env bash
# Installs what is missing, then serves what users get: the release build (with its
# pre-rendered first view, the single file and the embed script) on http://127.0.0.1:8080/.
#
#   scripts/serve.sh         build with `trunk build --release`, then serve dist/
#   scripts/serve.sh --dev   Trunk's development server instead, rebuilding on every change
#
# PORT=8090 scripts/serve.sh serves on another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
# shellcheck source=scripts/env.sh
. scripts/env.sh
port="${PORT:-8080}"
case "${1:-}" in
  --dev)
    exec trunk serve --address 127.0.0.1 --port "$port"
    ;;
  "")
    trunk build --release
    exec env DIST_DIR=dist PORT="$port" BASE_PATH=/ node e2e/serve.mjs
    ;;
  *)
    echo "usage: scripts/serve.sh [--dev]" >&2
    exit 2
    ;;
esac
