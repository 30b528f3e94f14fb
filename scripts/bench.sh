#!/usr/bin/env bash
# The benchmark: builds the release app (and the 5,000-item scale build), generates the plain-HTML
# baseline from content/, serves everything on 127.0.0.1 with gzip as a real host does, measures
# app and baseline in headless Chromium on two profiles in the same run (desktop; a phone on slow
# 4G with a 4x slower CPU), and prints the Markdown table. Results: bench/results/latest.json
# and latest.md. What each figure measures: bench/README.md.
#
#   scripts/bench.sh                 9 runs of each page on each profile (BENCH_RUNS=N; at least 7)
#
# Other settings: BENCH_PORT (8282), BENCH_WARMUP (1), BENCH_SCALE_TIMEOUT_MS (60000),
# BENCH_PROFILES (desktop,phone), BENCH_CASES (home,pre,scale).
# Nothing here contacts anything but 127.0.0.1, except scripts/setup.sh when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh test
# shellcheck source=scripts/env.sh
. scripts/env.sh

export BENCH_PORT="${BENCH_PORT:-8282}"
export BENCH_DIR=target/bench
say() { printf '\n==> %s\n' "$*"; }

rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR"

say "trunk build --release (dist/)"
trunk build --release

# The scale case needs the cargo feature `bench-scale`. Without it (or if that build fails),
# the benchmark still runs and reports the scale case as not available. The feature goes in
# TRUNK_BUILD_FEATURES (the environment form of `trunk build --features`), so Trunk's hooks,
# such as the pre-render step, see it too.
say "TRUNK_BUILD_FEATURES=bench-scale trunk build --release ($BENCH_DIR/dist-scale)"
if TRUNK_BUILD_FEATURES=bench-scale trunk build --release --dist "$BENCH_DIR/dist-scale" >"$BENCH_DIR/scale-build.log" 2>&1; then
  export BENCH_SCALE_BUILD=ok
else
  reason="$(grep -m1 -E 'error|does not (contain|have)' "$BENCH_DIR/scale-build.log" | sed -E 's/\x1b\[[0-9;]*m//g; s/^[[:space:]]+//' || true)"
  export BENCH_SCALE_BUILD="the bench-scale build failed: ${reason:-see $BENCH_DIR/scale-build.log}"
  echo "scale build not available: $BENCH_SCALE_BUILD"
  rm -rf "$BENCH_DIR/dist-scale"
fi

say "baseline pages from content/"
node bench/baseline.mjs "$BENCH_DIR"

say "serving on 127.0.0.1:$BENCH_PORT"
node bench/serve.mjs >"$BENCH_DIR/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q '^listening' "$BENCH_DIR/serve.log" && break
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$BENCH_DIR/serve.log" >&2
    echo "error: the benchmark server did not start (is port $BENCH_PORT in use? set BENCH_PORT)" >&2
    exit 1
  fi
  sleep 0.1
done
grep -q '^listening' "$BENCH_DIR/serve.log" || { echo "error: the benchmark server did not start in 10 s" >&2; exit 1; }
cat "$BENCH_DIR/serve.log"

say "measuring (bench/run.mjs)"
node bench/run.mjs

printf '\n'
cat bench/results/latest.md
