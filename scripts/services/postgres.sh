# Sourced by scripts/test.sh: a throwaway PostgreSQL server for the PostgreSQL store tests.
#
# Finds initdb (on PATH or in /usr/lib/postgresql/*/bin, where Debian puts it), installing
# Debian's `postgresql` with apt_install when there is none. Creates a cluster in a new
# `mktemp -d` directory, as an unprivileged user (initdb refuses root: as root, a system user
# `leerpad-pg` is made when missing and the server runs as that user), starts it on loopback
# (port $LEERPAD_PG_PORT, default 18543; its socket in the cluster's directory), waits until it
# answers, makes a password role `leerpad` (allowed to create databases: each test makes its
# own) and a database `leerpad`, and exports
#   LEERPAD_TEST_POSTGRES_URL=postgres://leerpad:PASSWORD@127.0.0.1:PORT/leerpad
# The server also speaks TLS (a self-signed certificate made with openssl, when there is one),
# so that the tests can check sslmode=require. Durability is off (fsync): the data is thrown away.
# `on_exit` stops the server (`pg_ctl stop -m fast`) and removes the directory.
#
# Works on its own too: `source scripts/services/postgres.sh` in a fresh shell (then `postgres_stop`).

postgres_port="${LEERPAD_PG_PORT:-18543}"
postgres_user="leerpad"
postgres_password="leerpad-test-$RANDOM$RANDOM"

# Finds the directory of initdb and pg_ctl; empty when there is none.
postgres_bindir() {
    local found
    # A link on PATH (/usr/local/bin/initdb) points into the directory that has pg_isready and psql too.
    if found="$(command -v initdb 2>/dev/null)" && [ -n "$found" ]; then
        dirname "$(readlink -f "$found")"
        return 0
    fi
    # The newest version first.
    for found in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
        if [ -x "$found/initdb" ]; then
            echo "$found"
            return 0
        fi
    done
    return 0
}

postgres_bin="$(postgres_bindir)"
if [ -z "$postgres_bin" ]; then
    if ! declare -F apt_install >/dev/null; then
        # Sourced by hand: the same installer as scripts/test.sh.
        apt_install() {
            local runner=()
            [ "$(id -u)" -eq 0 ] || runner=(sudo)
            echo "installing: $*"
            export DEBIAN_FRONTEND=noninteractive
            "${runner[@]}" apt-get update -qq
            "${runner[@]}" apt-get install -y -qq "$@"
        }
    fi
    apt_install postgresql
    postgres_bin="$(postgres_bindir)"
fi

# Runs a command as the cluster's owner: the current user, or `leerpad-pg` when that is root.
postgres_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u leerpad-pg -- "$@"
        else
            su -s /bin/sh leerpad-pg -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

# Stops the server and removes its directory (safe to call twice).
postgres_stop() {
    [ -n "${postgres_dir:-}" ] || return 0
    if [ -f "$postgres_dir/data/postmaster.pid" ]; then
        postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" stop -m fast -w >/dev/null 2>&1 || true
    fi
    rm -rf "$postgres_dir"
    postgres_dir=""
}

postgres_start() {
    if [ -z "$postgres_bin" ] || [ ! -x "$postgres_bin/initdb" ]; then
        echo "PostgreSQL: no initdb found, not even after installing postgresql" >&2
        return 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id leerpad-pg >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin leerpad-pg
    fi
    postgres_dir="$(mktemp -d /tmp/leerpad-pg.XXXXXX)"
    chmod 755 "$postgres_dir"
    [ "$(id -u)" -eq 0 ] && chown leerpad-pg "$postgres_dir"
    local pwfile="$postgres_dir/superuser-password"
    echo "$postgres_password" >"$pwfile"
    [ "$(id -u)" -eq 0 ] && chown leerpad-pg "$pwfile"
    if ! postgres_as_owner "$postgres_bin/initdb" -D "$postgres_dir/data" -U postgres --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1; then
        echo "PostgreSQL: initdb failed; see $postgres_dir/initdb.log" >&2
        cat "$postgres_dir/initdb.log" >&2
        return 1
    fi
    rm -f "$pwfile"
    local ssl_options=""
    if command -v openssl >/dev/null 2>&1 &&
        openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" -keyout "$postgres_dir/data/server.key" \
            -out "$postgres_dir/data/server.crt" >/dev/null 2>&1; then
        chmod 600 "$postgres_dir/data/server.key"
        [ "$(id -u)" -eq 0 ] && chown leerpad-pg "$postgres_dir/data/server.key" "$postgres_dir/data/server.crt"
        ssl_options="-c ssl=on"
    fi
    if ! postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $postgres_port -k $postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 $ssl_options" \
        start >/dev/null; then
        echo "PostgreSQL did not start on port $postgres_port; see $postgres_dir/server.log" >&2
        cat "$postgres_dir/server.log" >&2
        return 1
    fi
    local tries=0
    until "$postgres_bin/pg_isready" -q -h 127.0.0.1 -p "$postgres_port"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 120 ]; then
            echo "PostgreSQL did not answer on port $postgres_port; see $postgres_dir/server.log" >&2
            return 1
        fi
        sleep 0.5
    done
    postgres_as_owner "$postgres_bin/psql" -q -X -v ON_ERROR_STOP=1 -h "$postgres_dir" -p "$postgres_port" -U postgres \
        -d postgres -c "CREATE ROLE $postgres_user LOGIN CREATEDB PASSWORD '$postgres_password'" \
        -c "CREATE DATABASE leerpad OWNER $postgres_user" >/dev/null
}

postgres_stop
if postgres_start; then
    export LEERPAD_TEST_POSTGRES_URL="postgres://$postgres_user:$postgres_password@127.0.0.1:$postgres_port/leerpad"
    if declare -F on_exit >/dev/null; then
        on_exit postgres_stop
    else
        local_stop="$postgres_bin/pg_ctl -D $postgres_dir/data stop -m fast && rm -rf $postgres_dir"
        [ "$(id -u)" -eq 0 ] && local_stop="runuser -u leerpad-pg -- $local_stop"
        echo "PostgreSQL: stop it with \`postgres_stop\` (it stays up when this shell ends; then: $local_stop)"
    fi
    echo "PostgreSQL at postgres://$postgres_user:***@127.0.0.1:$postgres_port/leerpad (LEERPAD_TEST_POSTGRES_URL)"
else
    postgres_stop
    echo "PostgreSQL could not be started: the PostgreSQL store tests will be skipped" >&2
    if declare -F on_exit >/dev/null; then return 1 2>/dev/null || exit 1; fi
fi
