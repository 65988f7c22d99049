# Sourced by scripts/test.sh: a real Learning Record Store (Ralph) for the xAPI delivery tests.
#
# Installs Ralph (ralph-malph, file-system backend) into a virtual environment under
# $LEERPAD_RALPH_HOME (default /tmp/leerpad-ralph) when it is missing, makes a user, and starts
# two `ralph runserver`s on loopback, each with its own empty data directory, waiting until
# each answers:
# - LEERPAD_TEST_LRS_URL (port 18471): the LRS every test may use;
# - LEERPAD_TEST_LRS_OUTAGE_URL (port 18472): the outage test's own, which it stops and starts
#   with LEERPAD_TEST_LRS_STOP and LEERPAD_TEST_LRS_START while other tests run on the first.
# Both take LEERPAD_TEST_LRS_USER and LEERPAD_TEST_LRS_PASSWORD (Basic auth). `on_exit` stops
# both when the test run ends. Also installs PyJWT and cryptography, which the badge tests use
# as an independent VC-JWT verifier.
#
# Works on its own too: `source scripts/services/ralph.sh` in a fresh shell (then `ralph_stop_all`).

ralph_home="${LEERPAD_RALPH_HOME:-/tmp/leerpad-ralph}"
ralph_venv="$ralph_home/venv"
ralph_port="${LEERPAD_RALPH_PORT:-18471}"
ralph_outage_port=$((ralph_port + 1))
ralph_user="leerpad"
ralph_password="${LEERPAD_TEST_LRS_PASSWORD:-leerpad-test-$RANDOM$RANDOM}"

if ! "$ralph_venv/bin/ralph" --help >/dev/null 2>&1; then
    echo "installing Ralph (LRS) into $ralph_venv"
    python3 -m venv "$ralph_venv"
    "$ralph_venv/bin/pip" install --quiet "ralph-malph[cli,lrs]" requests
fi
# Ralph 5.1's file-system LRS backend writes each POST with operation "create", so every POST
# after the first fails with HTTP 500 ("fs_lrs.jsonl already exists"). This makes that backend
# append instead (its own APPEND operation); nothing else of Ralph changes.
ralph_site="$("$ralph_venv/bin/python3" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
if [ ! -f "$ralph_site/leerpad_ralph_append.py" ]; then
    cat >"$ralph_site/leerpad_ralph_append.py" <<'PY'
try:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
except Exception:  # Ralph changed: leave it as it is
    pass
PY
    echo "import leerpad_ralph_append" >"$ralph_site/leerpad_ralph_append.pth"
fi
if ! python3 -c "import jwt, cryptography" 2>/dev/null; then
    echo "installing PyJWT and cryptography (independent badge verifier)"
    python3 -m pip install --quiet PyJWT cryptography
fi

export RALPH_APP_DIR="$ralph_home/app"
export RALPH_RUNSERVER_BACKEND=fs
mkdir -p "$RALPH_APP_DIR" "$ralph_home/run"
if [ ! -f "$RALPH_APP_DIR/auth.json" ] || [ -z "${LEERPAD_TEST_LRS_PASSWORD:-}" ]; then
    rm -f "$RALPH_APP_DIR/auth.json"
    "$ralph_venv/bin/ralph" auth -u "$ralph_user" -p "$ralph_password" -s all -M "mailto:$ralph_user@example.org" \
        -w >"$ralph_home/auth.log" 2>&1
fi

# Starts Ralph on port $1 in the background and waits (up to 60 s) until it answers; with
# $2 = fresh, its data directory starts empty. Python spawns it in a session of its own with
# every inherited file descriptor closed, so that whoever ran this (a test's Process, CI) is
# not kept waiting by a descriptor the server holds. runserver reloads when a file under its
# working directory changes, so it runs in an empty directory, its data elsewhere.
ralph_start() {
    local port="$1"
    [ "${2:-}" = fresh ] && rm -rf "$ralph_home/data-$port"
    mkdir -p "$ralph_home/data-$port"
    "$ralph_venv/bin/python3" - "$ralph_home" "$port" "$ralph_venv/bin/ralph" <<'PY'
import subprocess, sys
home, port, ralph = sys.argv[1:4]
log = open(f"{home}/server-{port}.log", "ab")
server = subprocess.Popen(
    [ralph, "runserver", "-b", "fs", "-h", "127.0.0.1", "-p", port, "--fs-default-directory-path", f"{home}/data-{port}"],
    cwd=f"{home}/run", stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, close_fds=True,
    start_new_session=True,
)
open(f"{home}/server-{port}.pid", "w").write(str(server.pid))
PY
    local tries=0
    until curl -s -o /dev/null "http://127.0.0.1:$port/whoami"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 120 ]; then
            echo "Ralph did not answer on port $port; see $ralph_home/server-$port.log" >&2
            return 1
        fi
        sleep 0.5
    done
}

# Stops the Ralph on port $1 (its process group, by the id ralph_start wrote) and waits until the port is free.
ralph_stop() {
    local port="$1"
    [ -f "$ralph_home/server-$port.pid" ] || return 0
    local pid
    pid="$(cat "$ralph_home/server-$port.pid")"
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    local tries=0
    while curl -s -o /dev/null "http://127.0.0.1:$port/whoami" && [ "$tries" -lt 80 ]; do
        tries=$((tries + 1))
        sleep 0.25
    done
    rm -f "$ralph_home/server-$port.pid"
}

ralph_stop_all() {
    ralph_stop "$ralph_port"
    ralph_stop "$ralph_outage_port"
}

if [ "${1:-}" = start-outage ]; then
    # LEERPAD_TEST_LRS_START: the outage instance back, its data kept.
    ralph_start "$ralph_outage_port"
    return 0 2>/dev/null || exit 0
fi

ralph_stop_all
ralph_start "$ralph_port" fresh
ralph_start "$ralph_outage_port" fresh
export LEERPAD_TEST_LRS_URL="http://127.0.0.1:$ralph_port/xAPI"
export LEERPAD_TEST_LRS_OUTAGE_URL="http://127.0.0.1:$ralph_outage_port/xAPI"
export LEERPAD_TEST_LRS_USER="$ralph_user"
export LEERPAD_TEST_LRS_PASSWORD="$ralph_password"
export LEERPAD_TEST_LRS_STOP="kill -- -\$(cat $ralph_home/server-$ralph_outage_port.pid); while curl -s -o /dev/null http://127.0.0.1:$ralph_outage_port/whoami; do sleep 0.2; done"
export LEERPAD_TEST_LRS_START="LEERPAD_TEST_LRS_PASSWORD=$ralph_password LEERPAD_RALPH_PORT=$ralph_port bash $PWD/scripts/services/ralph.sh start-outage"
if declare -F on_exit >/dev/null; then on_exit ralph_stop_all; fi
echo "Ralph LRS at $LEERPAD_TEST_LRS_URL (and $LEERPAD_TEST_LRS_OUTAGE_URL for the outage test)"
