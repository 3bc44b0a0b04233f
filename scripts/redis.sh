#!/usr/bin/env bash
# Start/stop the Redis that holds the school queue of distributed crawls (docs/distributed.md).
#   scripts/redis.sh start [PORT] [DIR]   returns once this server answers an authenticated ping
#   scripts/redis.sh stop [DIR]
#   scripts/redis.sh status [DIR]
# Defaults: PORT 6379, DIR .run/redis. Debian's redis-server, bound to 127.0.0.1 only, always
# with a password: TOCHKA_REDIS_PASSWORD, else one generated on the first start into
# DIR/password (mode 0600). DIR also holds the config, pid file, log, the append-only file and
# DIR/redis.url (redis://:<password>@127.0.0.1:PORT/0, mode 0600), which `start` also prints.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/pidfile.sh"

cmd="${1:-}"
case "$cmd" in
  start) PORT="${2:-6379}"; DIR="${3:-.run/redis}" ;;
  stop|status) DIR="${2:-.run/redis}" ;;
  *) echo "usage: $0 start [PORT] [DIR] | stop [DIR] | status [DIR]" >&2; exit 2 ;;
esac
[[ "$DIR" = /* ]] || DIR="$ROOT/$DIR"
PIDFILE="$DIR/redis.pid"
PORTFILE="$DIR/redis.port"
LOGFILE="$DIR/redis.log"
CONF="$DIR/redis.conf"
URLFILE="$DIR/redis.url"

password() {  # the password: from the environment, else the one kept in DIR/password
  if [[ -n "${TOCHKA_REDIS_PASSWORD:-}" ]]; then
    # kept to URL-safe characters: the password goes into redis.url and the config unquoted
    [[ "$TOCHKA_REDIS_PASSWORD" =~ ^[A-Za-z0-9._~-]+$ ]] || {
      echo "TOCHKA_REDIS_PASSWORD may hold only letters, digits and . _ ~ -" >&2; return 1; }
    echo "$TOCHKA_REDIS_PASSWORD"
    return
  fi
  if [[ ! -s "$DIR/password" ]]; then
    (umask 077; od -An -N24 -tx1 /dev/urandom | tr -d ' \n' >"$DIR/password")
  fi
  cat "$DIR/password"
}

cli() {  # cli PORT ARGS...: redis-cli against our server; the password travels in the
  # environment (REDISCLI_AUTH), never in an argument list that ps shows
  local port="$1"; shift
  REDISCLI_AUTH="$(password)" redis-cli -h 127.0.0.1 -p "$port" "$@" 2>/dev/null
}

ready() {  # ready PID: our server answers an authenticated ping
  [[ "$(cli "$PORT" PING)" == "PONG" ]] && served_by "$PORT" "$1"
}

served_by() {  # served_by PORT PID: exit 0 when the server answering on PORT is process PID
  # a ping alone could be answered by another Redis that happens to hold the same port
  [[ "$(cli "$1" INFO server | tr -d '\r' | sed -n 's/^process_id://p')" == "$2" ]]
}

case "$cmd" in
  start)
    command -v redis-server >/dev/null || { echo "redis-server is not installed: apt-get install redis-server" >&2; exit 1; }
    if pid="$(running_pid "$PIDFILE")"; then
      echo "redis already running (pid $pid, port $(cat "$PORTFILE"))"; cat "$URLFILE"; exit 0
    fi
    mkdir -p "$DIR"
    pw="$(password)"
    # The config carries the password, so it is a private file, not command-line arguments.
    # appendonly: the queue is the crawl's state (which schools are done, which are leased);
    # a Redis restart without it would forget a half-done national crawl, so every write is
    # logged to the append-only file in DIR and replayed at the next start. No RDB snapshots:
    # the AOF alone is what a restart reads.
    (umask 077; cat >"$CONF" <<EOF
bind 127.0.0.1
protected-mode yes
port $PORT
requirepass $pw
dir "$DIR"
appendonly yes
appendfsync everysec
save ""
pidfile "$PIDFILE"
logfile "$LOGFILE"
daemonize no
EOF
)
    # Foreground process sent to the background by us, so that $! is the server's PID.
    nohup redis-server "$CONF" >/dev/null 2>&1 </dev/null &
    pid=$!
    echo "$PORT" >"$PORTFILE"
    wait_until_ready "$pid" ready "$pid" || abandon_start redis "$pid" "127.0.0.1:$PORT" "$LOGFILE"
    echo "$pid" >"$PIDFILE"
    (umask 077; echo "redis://:$pw@127.0.0.1:$PORT/0" >"$URLFILE")
    echo "redis listening on 127.0.0.1:$PORT (pid $pid, dir $DIR)" >&2
    cat "$URLFILE"
    ;;
  stop)
    # SIGTERM: Redis flushes the append-only file before it exits
    stop_by_pidfile redis "$PIDFILE"
    ;;
  status)
    if pid="$(running_pid "$PIDFILE")" && served_by "$(cat "$PORTFILE")" "$pid"; then
      echo "redis running (pid $pid, port $(cat "$PORTFILE"))"
    else
      echo "redis not running"; exit 1
    fi
    ;;
esac
