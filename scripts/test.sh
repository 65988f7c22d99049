#!/usr/bin/env bash
# Leerpad's test command (README, "Run the tests"): installs what the tests need when it is
# missing, starts the servers they use on loopback, runs the Swift tests and the browser test,
# and stops the servers again whatever happened.
#
# Each server is one file in scripts/services/ (sourced in name order). Such a file installs
# what it needs, starts its server, exports the variable the tests read (for example
# LEERPAD_TEST_LRS_URL) and registers its stop command with `on_exit`.
set -euo pipefail
cd "$(dirname "$0")/.."

exit_steps=()
# Runs `$*` when this script ends, last registered first.
on_exit() { exit_steps=("$*" "${exit_steps[@]}"); }
run_exit_steps() {
    local step
    for step in "${exit_steps[@]}"; do eval "$step" || true; done
}
trap run_exit_steps EXIT

# Installs Debian packages (as root, or through sudo when there is one).
apt_install() {
    local runner=()
    [ "$(id -u)" -eq 0 ] || runner=(sudo)
    echo "installing: $*"
    export DEBIAN_FRONTEND=noninteractive
    "${runner[@]}" apt-get update -qq
    "${runner[@]}" apt-get install -y -qq "$@"
}

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
# The browser test: headless Chromium and its WebDriver.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# The QR code round trip: an independent decoder reads what the encoder drew, as librsvg renders it.
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
[ "${#missing[@]}" -eq 0 ] || apt_install "${missing[@]}"
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium

for service in scripts/services/*.sh; do
    [ -e "$service" ] || continue
    # shellcheck source=/dev/null
    source "$service"
done

# In CI the servers' tests must run, not be skipped.
if [ -n "${CI:-}" ]; then
    for variable in LEERPAD_TEST_POSTGRES_URL LEERPAD_TEST_LRS_URL; do
        [ -n "${!variable:-}" ] || { echo "CI: $variable is not set: its server did not start" >&2; exit 1; }
    done
fi

swift test
bash web-tests/run.sh
