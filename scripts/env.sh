# Sourced by the other scripts (from the repository root): puts the project's tools on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
# Node from PyPI, installed by setup.sh only where the machine's Node is missing or too old.
if [ -x "$PWD/.tools/node/bin/node" ]; then
  export PATH="$PWD/.tools/node/bin:$PATH"
fi
