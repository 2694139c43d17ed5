#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's packages) for the integration tests' second run.
#
#   postgresql.sh start   install Debian's postgresql if missing (as root), create a fresh cluster in
#                         $PG_STATE_DIR listening on 127.0.0.1:$PG_PORT only, with a database and a
#                         user of its own, and write $PG_OUT for the tests and $PG_WILDFLY_OUT for
#                         WildFly; with $PG_MAIN_DUMP, load that SQL dump into a second database,
#                         entente_main, as the same user. Where it cannot run (not root and no PostgreSQL, no apt-get), it
#                         writes the reason to $PG_OUT as skip=..., says it on stderr, and exits 0:
#                         the PostgreSQL run's tests are then skipped with that reason.
#   postgresql.sh stop    stop that cluster and delete it
#   postgresql.sh pause   stop that cluster and keep its data (a database lost mid-run)
#   postgresql.sh resume  start the paused cluster again, with its data
#
# Environment: PG_PORT (15432), PG_STATE_DIR (/run/entente-postgresql-$PG_PORT as root, else in $TMPDIR), PG_OUT
# (./target/postgresql/postgresql.properties), PG_WILDFLY_OUT (./target/postgresql/wildfly.properties),
# PG_LIB (/usr/lib/postgresql: where Debian puts each version's bin/).
# Exit codes: 0 done or skipped; 2 usage; 1 anything else.
set -euo pipefail

PORT=${PG_PORT:-15432}
HOST=127.0.0.1
# root keeps the cluster in /run (memory), anyone else in the temporary directory
if ((EUID == 0)); then
    STATE_DIR=${PG_STATE_DIR:-/run/entente-postgresql-$PORT}
else
    STATE_DIR=${PG_STATE_DIR:-${TMPDIR:-/tmp}/entente-postgresql-$PORT}
fi
DATA="$STATE_DIR/data"
OUT=${PG_OUT:-./target/postgresql/postgresql.properties}
WILDFLY_OUT=${PG_WILDFLY_OUT:-./target/postgresql/wildfly.properties}
DB=entente
DB_USER=entente
# The cluster's superuser is its owner, reached through the socket by peer authentication.
if ((EUID == 0)); then SUPERUSER=postgres; else SUPERUSER=$(id -un); fi

log() { echo "postgresql.sh: $*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

skip() {
    log "skipped: $*"
    mkdir -p "$(dirname "$OUT")" "$(dirname "$WILDFLY_OUT")"
    printf 'skip=%s\n' "$*" >"$OUT"
    : >"$WILDFLY_OUT"
    exit 0
}

# The newest PostgreSQL server binaries Debian installed, if any.
bin_dir() {
    local dir
    dir=$(ls -d "${PG_LIB:-/usr/lib/postgresql}"/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n $dir && -x $dir/pg_ctl ]] && echo "$dir"
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to Debian's postgres user.
as_owner() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_postgresql() {
    bin_dir >/dev/null && return 0
    ((EUID == 0)) || skip "PostgreSQL is not installed and only root can install it (apt-get install postgresql)"
    command -v apt-get >/dev/null || skip "PostgreSQL is not installed and there is no apt-get to install it"
    log "installing Debian's postgresql (log: $STATE_DIR/apt.log)"
    # The package must not start a cluster of its own on port 5432: forbid service starts for the
    # install when the machine has no policy of its own.
    local policy=/usr/sbin/policy-rc.d made_policy= rc=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
    fi
    {
        DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
    } >"$STATE_DIR/apt.log" 2>&1 </dev/null || rc=$?
    [[ -n $made_policy ]] && rm -f "$policy"
    if ((rc)); then
        tail -n 20 "$STATE_DIR/apt.log" >&2
        die "apt-get failed (exit $rc), see $STATE_DIR/apt.log"
    fi
    bin_dir >/dev/null || die "postgresql installed, but no server binaries in /usr/lib/postgresql/*/bin"
}

stop_cluster() {
    local bin
    bin=$(bin_dir) || return 0
    if [[ -f $DATA/postmaster.pid ]]; then
        log "stopping PostgreSQL on $HOST:$PORT"
        as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >>"$STATE_DIR/postgresql.log" 2>&1 ||
            log "pg_ctl stop failed, see $STATE_DIR/postgresql.log"
    fi
    rm -rf "$DATA"
}

# Starts the cluster in $DATA. A test database: durability is not wanted, speed is (a clean stop
# still writes everything committed, so pause and resume lose nothing).
run_cluster() {
    as_owner "$1/pg_ctl" -D "$DATA" -l "$STATE_DIR/postgresql.log" -w -t 60 \
        -o "-c listen_addresses=$HOST -p $PORT -c unix_socket_directories=$STATE_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null || { tail -n 20 "$STATE_DIR/postgresql.log" >&2; die "PostgreSQL did not start"; }
}

# Stops the running cluster and keeps its data (DatabaseLossIT: the database lost mid-run).
pause() {
    local bin
    bin=$(bin_dir) || die "PostgreSQL is not installed"
    [[ -f $DATA/postmaster.pid ]] || die "no cluster is running in $DATA"
    as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >>"$STATE_DIR/postgresql.log" 2>&1 ||
        die "pg_ctl stop failed, see $STATE_DIR/postgresql.log"
    log "stopped PostgreSQL on $HOST:$PORT (data kept)"
}

# Starts the cluster pause stopped, with its data.
resume() {
    local bin
    bin=$(bin_dir) || die "PostgreSQL is not installed"
    [[ -d $DATA ]] || die "no cluster in $DATA"
    [[ -f $DATA/postmaster.pid ]] && { log "PostgreSQL is already running"; return 0; }
    run_cluster "$bin"
    log "started PostgreSQL on $HOST:$PORT again"
}

start() {
    local started bin password
    started=$(now)
    mkdir -p "$STATE_DIR"
    install_postgresql
    bin=$(bin_dir)
    stop_cluster # a cluster left by an interrupted run
    if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
        die "port $PORT on $HOST is taken by something else; set PG_PORT"
    fi
    ((EUID == 0)) && chown postgres: "$STATE_DIR"
    : >"$STATE_DIR/postgresql.log"
    ((EUID == 0)) && chown postgres: "$STATE_DIR/postgresql.log"
    # Local connections by socket for the set-up only; TCP from loopback with a password.
    as_owner "$bin/initdb" -D "$DATA" -U "$SUPERUSER" --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        >>"$STATE_DIR/postgresql.log" 2>&1 || { tail -n 20 "$STATE_DIR/postgresql.log" >&2; die "initdb failed"; }
    run_cluster "$bin"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    as_owner "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$STATE_DIR" -p "$PORT" -U "$SUPERUSER" -d postgres >/dev/null <<SQL
CREATE ROLE $DB_USER LOGIN PASSWORD '$password';
CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8';
CREATE DATABASE ${DB}_main OWNER $DB_USER ENCODING 'UTF8';
SQL
    if [[ -n ${PG_MAIN_DUMP:-} ]]; then
        PGPASSWORD=$password "$bin/psql" -q -X -v ON_ERROR_STOP=1 -1 -h "$HOST" -p "$PORT" -U "$DB_USER" -d "${DB}_main" \
            -f "$PG_MAIN_DUMP" >/dev/null || die "cannot load $PG_MAIN_DUMP into ${DB}_main"
    fi
    mkdir -p "$(dirname "$OUT")" "$(dirname "$WILDFLY_OUT")"
    cat >"$OUT" <<EOF
url=jdbc:postgresql://$HOST:$PORT/$DB
main.url=jdbc:postgresql://$HOST:$PORT/${DB}_main
user=$DB_USER
password=$password
version=$("$bin/postgres" --version)
EOF
    # Read by WildFly (-P): the expressions of its EntenteDS datasource.
    cat >"$WILDFLY_OUT" <<EOF
entente.db.url=jdbc:postgresql://$HOST:$PORT/$DB
entente.db.main-url=jdbc:postgresql://$HOST:$PORT/${DB}_main
entente.db.user=$DB_USER
entente.db.password=$password
EOF
    log "$("$bin/postgres" --version) on $HOST:$PORT, database $DB, user $DB_USER (started in $(since "$started") s)"
}

case ${1:-} in
    start) start ;;
    stop) mkdir -p "$STATE_DIR"; stop_cluster ;;
    pause) pause ;;
    resume) resume ;;
    *) echo "usage: postgresql.sh start|stop|pause|resume" >&2; exit 2 ;;
esac
