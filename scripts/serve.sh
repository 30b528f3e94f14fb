#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app on http://127.0.0.1:8080
# (rebuilding on every change of the sources).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
# shellcheck source=scripts/env.sh
. scripts/env.sh
exec trunk serve --address 127.0.0.1 --port 8080
