#!/usr/bin/env bash
# Run a command with DATABASE_URL pointing at PostgreSQL.
# If DATABASE_URL is already set, use it. Otherwise start a private, throw-away cluster
# (own temp directory, own port, fsync off) and stop and remove it when the command ends.
# The empty cluster initdb makes is kept once per PostgreSQL version, initdb options and user (in
# PORTAL_PG_INITDB_CACHE, /tmp by default) and copied for each run: initdb took 1.7 to 2.3 s
# of every `make test-fast`, the copy takes a tenth of a second. PORTAL_PG_THROWAWAY=1 tells
# the command that the cluster is removed afterwards (the tests then drop no database).
set -euo pipefail

if [ -n "${DATABASE_URL:-}" ]; then
    exec "$@"
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL is not installed; installing Debian's postgresql package..." >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
chmod 755 "$dir"

if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

cleanup() {
    # Immediate: nothing in the cluster is kept, so it needs no shutdown checkpoint.
    as_pg "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

initdb_options=(-U postgres -A trust -E UTF8 --locale=C.UTF-8)
pg_version=$(basename "$(dirname "$pg_bin")")
# Named after the options too: a cluster kept from other options is not taken for this one.
options_key=$(printf '%s ' "${initdb_options[@]}" | md5sum | cut -c1-8)
initdb_cache="${PORTAL_PG_INITDB_CACHE:-/tmp}/portal-pg-initdb-$pg_version-$options_key-$(id -u)"
if [ ! -f "$initdb_cache/PG_VERSION" ]; then
    staging=$(mktemp -d "$initdb_cache.XXXXXX")
    chmod 755 "$staging"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$staging"; fi
    # --no-sync: the copy is made from the page cache, and a cluster lost in a crash is made again.
    as_pg "$pg_bin/initdb" --no-sync -D "$staging/data" "${initdb_options[@]}" >/dev/null
    # Another run may have kept one meanwhile: keep the first, drop ours.
    mv -T "$staging/data" "$initdb_cache" 2>/dev/null || true
    rm -rf "$staging"
fi
as_pg cp -a "$initdb_cache" "$dir/data"
as_pg "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null

"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres portal
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/portal"
export PORTAL_PG_THROWAWAY=1
echo "Private PostgreSQL on port $port ($dir)" >&2
"$@"
