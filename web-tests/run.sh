#!/usr/bin/env bash
# The browser test: headless Chromium (Debian's chromium + chromium-driver, Selenium from
# PyPI) drives `leerpad serve` as a team and a coordinator would. Run after `swift test`,
# which builds the leerpad executable.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/leerpad"
[ -x "$bin" ] || swift build --product leerpad
db="$(mktemp -d)/browser.sqlite"
python3 web-tests/browser_test.py --server "$bin serve --port 8089 --db $db" --base-url http://127.0.0.1:8089
