# Sourced by scripts/test.sh: a real Learning Record Store for the xAPI delivery tests.
#
# Installs Ralph (ralph-malph, with its file-system backend) into a virtual environment under
# $LEERPAD_RALPH_HOME (default /tmp/leerpad-ralph) when it is missing, makes a user, starts
# `ralph runserver` on a loopback port in the background, waits until it answers, and exports
# LEERPAD_TEST_LRS_URL, LEERPAD_TEST_LRS_USER and LEERPAD_TEST_LRS_PASSWORD. The tests stop and
# start it again through LEERPAD_TEST_LRS_STOP and LEERPAD_TEST_LRS_START (an outage);
# `on_exit` stops it when the test run ends. Also installs PyJWT and cryptography, which the
# badge tests use as an independent VC-JWT verifier.
#
# Works on its own too: `source scripts/services/ralph.sh` in a fresh shell (then `ralph_stop`).

ralph_home="${LEERPAD_RALPH_HOME:-/tmp/leerpad-ralph}"
ralph_venv="$ralph_home/venv"
ralph_port="${LEERPAD_RALPH_PORT:-18471}"
ralph_user="leerpad"
ralph_password="${LEERPAD_TEST_LRS_PASSWORD:-leerpad-test-$RANDOM$RANDOM}"

if ! "$ralph_venv/bin/ralph" --help >/dev/null 2>&1; then
    echo "installing Ralph (LRS) into $ralph_venv"
    python3 -m venv "$ralph_venv"
    "$ralph_venv/bin/pip" install --quiet "ralph-malph[cli,lrs]" requests
fi
if ! python3 -c "import jwt, cryptography" 2>/dev/null; then
    echo "installing PyJWT and cryptography (independent badge verifier)"
    python3 -m pip install --quiet PyJWT cryptography
fi

export RALPH_APP_DIR="$ralph_home/app"
export RALPH_RUNSERVER_BACKEND=fs
mkdir -p "$RALPH_APP_DIR" "$ralph_home/data"
rm -f "$RALPH_APP_DIR/auth.json"
"$ralph_venv/bin/ralph" auth -u "$ralph_user" -p "$ralph_password" -s all -M "mailto:$ralph_user@example.org" -w \
    >"$ralph_home/auth.log" 2>&1

# Starts Ralph in the background and waits (up to 60 s) until it answers.
ralph_start() {
    (
        cd "$ralph_home" &&
            exec "$ralph_venv/bin/ralph" runserver -b fs -h 127.0.0.1 -p "$ralph_port" \
                --fs-default-directory-path "$ralph_home/data"
    ) >>"$ralph_home/server.log" 2>&1 &
    echo $! >"$ralph_home/server.pid"
    local tries=0
    until curl -s -o /dev/null -u "$ralph_user:$ralph_password" "http://127.0.0.1:$ralph_port/whoami"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 120 ]; then
            echo "Ralph did not answer on port $ralph_port; see $ralph_home/server.log" >&2
            return 1
        fi
        sleep 0.5
    done
}

# Stops the Ralph started by ralph_start (by its process id) and waits until it is gone.
ralph_stop() {
    [ -f "$ralph_home/server.pid" ] || return 0
    local pid
    pid="$(cat "$ralph_home/server.pid")"
    kill "$pid" 2>/dev/null || true
    local tries=0
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 40 ]; do
        tries=$((tries + 1))
        sleep 0.25
    done
    rm -f "$ralph_home/server.pid"
}

ralph_stop
ralph_start
export LEERPAD_TEST_LRS_URL="http://127.0.0.1:$ralph_port/xAPI"
export LEERPAD_TEST_LRS_USER="$ralph_user"
export LEERPAD_TEST_LRS_PASSWORD="$ralph_password"
export LEERPAD_TEST_LRS_STOP="bash -c 'kill \$(cat $ralph_home/server.pid) 2>/dev/null; while curl -s -o /dev/null http://127.0.0.1:$ralph_port/whoami; do sleep 0.2; done'"
export LEERPAD_TEST_LRS_START="LEERPAD_TEST_LRS_PASSWORD=$ralph_password LEERPAD_RALPH_PORT=$ralph_port bash $PWD/scripts/services/ralph.sh"
if declare -F on_exit >/dev/null; then on_exit ralph_stop; fi
echo "Ralph LRS at $LEERPAD_TEST_LRS_URL"
