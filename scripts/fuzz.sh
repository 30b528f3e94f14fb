#!/usr/bin/env bash
# Fuzzes the import parser and the schema migration (tests/data/fuzz.rs): 1,000,000 generated cases
# by default, built with optimizations. Not part of scripts/test.sh, whose plain `cargo test`
# runs a few thousand of the same cases. Usage: scripts/fuzz.sh [cases] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_CASES="${1:-1000000}"
if [ -n "${2:-}" ]; then export FUZZ_SEED="$2"; fi
# Optimized, but without the release profile's LTO and single codegen unit, which only slow the
# build down here (the fuzz target is not shipped).
CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
  cargo test --locked --release --test data fuzz:: -- --nocapture
