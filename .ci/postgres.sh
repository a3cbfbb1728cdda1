#!/usr/bin/env bash
# A throwaway PostgreSQL for the store conformance tests.
#
#   eval "$(.ci/postgres.sh start)"   # installs (if needed), starts, exports DOSSIER_TEST_PG
#   npm test                          # the store conformance suite now runs on PostgreSQL too
#   .ci/postgres.sh stop              # stops the server and removes its data directory
#
# `start` prints only the `export DOSSIER_TEST_PG=...` line on stdout; logs go to stderr.
# The server listens on 127.0.0.1:${DOSSIER_PG_PORT:-54329} with its unix socket in the temp
# directory; the data directory is a mktemp dir owned by the postgres user (initdb refuses root).
set -euo pipefail

PG_PORT="${DOSSIER_PG_PORT:-54329}"
STATE_FILE="${TMPDIR:-/tmp}/dossier-ci-postgres.dir"

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

as_pg() {
  # Runs a command as the postgres user when we are root; as ourselves otherwise.
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

pg_start() {
  if ! BIN="$(pg_bin)"; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(pg_bin)"
  fi
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/dossier-pg.XXXXXX")"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; return 1; }
  as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" start >&2 || {
    cat "$dir/server.log" >&2; return 1; }
  echo "$dir" >"$STATE_FILE"
  export DOSSIER_TEST_PG="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export DOSSIER_TEST_PG=$DOSSIER_TEST_PG"
}

pg_stop() {
  [ -f "$STATE_FILE" ] || { echo "postgres.sh: no server started by this script" >&2; return 0; }
  local dir BIN
  dir="$(cat "$STATE_FILE")"
  BIN="$(pg_bin)"
  as_pg "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir" "$STATE_FILE"
  unset DOSSIER_TEST_PG
}

case "${1:-}" in
  start) pg_start ;;
  stop) pg_stop ;;
  *) echo "usage: .ci/postgres.sh start|stop" >&2; exit 2 ;;
esac
