#!/usr/bin/env bash
# Builds the browser edition: target/web/linkedin-exposure.html, one self-contained file
# (HTML, CSS, JavaScript and the engine compiled to WebAssembly, gzipped and in base64, all
# inlined; the page inflates it with the browser's DecompressionStream).
#
#   web/build.sh            # needs cargo and the wasm32-unknown-unknown target (added here
#                           # with rustup when missing), bash and coreutils; nothing else
#
# The page's Content-Security-Policy allows its one executable script by hash, computed
# here from the exact bytes inlined; see docs/WEB.md.
set -euo pipefail
cd "$(dirname "$0")/.."

page=web/page
out_dir=target/web
out=$out_dir/linkedin-exposure.html
# The page must stay small enough to e-mail and to open instantly.
max_bytes=$((3 * 1024 * 1024))

if [ -n "${WEB_WASM:-}" ]; then
  # Another module with the same interface (src/lib.rs), to work on the page alone.
  wasm=$WEB_WASM
else
  if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed | grep -qx wasm32-unknown-unknown ||
      rustup target add wasm32-unknown-unknown
  fi
  cargo build --locked -p linkedin-exposure-web --target wasm32-unknown-unknown --profile web
  wasm=target/wasm32-unknown-unknown/web/linkedin_exposure_web.wasm
fi

mkdir -p "$out_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The page's one executable script: its words, then its logic.
cat "$page/strings.js" "$page/main.js" >"$tmp/script.js"

# Inline text must not end its <script> element early (nor enter the parser's "escaped"
# states, which "<!--" does).
for file in "$tmp/script.js" "$page/worker.js"; do
  if grep -qiE '</script|<!--' "$file"; then
    echo "build.sh: $file contains </script or <!--, which cannot be inlined" >&2
    exit 1
  fi
done

# sha256 of the script element's content, base64: the template puts the script between
# "<script>\n" and "</script>", so the content is a newline and then the file.
sha256_base64() {
  if command -v openssl >/dev/null 2>&1; then
    openssl dgst -sha256 -binary | base64 -w0
  else
    sha256sum | cut -d' ' -f1 | sed 's/../\\x&/g' | { read -r hex; printf '%b' "$hex"; } | base64 -w0
  fi
}
script_hash=$({ printf '\n'; cat "$tmp/script.js"; } | sha256_base64)

csp="default-src 'none'; script-src 'sha256-$script_hash' 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

# Each marker sits alone on its line in the template and becomes a file's content.
while IFS= read -r line; do
  case "$line" in
    @STYLE@) cat "$page/style.css" ;;
    @WORKER@) cat "$page/worker.js" ;;
    @SCRIPT@) cat "$tmp/script.js" ;;
    @WASM@) gzip -9 -n -c "$wasm" | base64 -w0 && echo ;;
    *) printf '%s\n' "${line//@CSP@/$csp}" ;;
  esac
done <"$page/index.html" >"$tmp/page.html"

size=$(wc -c <"$tmp/page.html")
if [ "$size" -gt "$max_bytes" ]; then
  echo "build.sh: the page is $size bytes, over the $max_bytes-byte budget" >&2
  exit 1
fi
mv "$tmp/page.html" "$out"
echo "web/build.sh: $out ($size bytes; engine $(wc -c <"$wasm") bytes of WebAssembly)" >&2
