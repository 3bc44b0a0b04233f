#!/usr/bin/env bash
# Start/stop the local MongoDB wire-protocol server (nx-27017 on SQLite) used for
# development and tests; production uses a real MongoDB (docs/mongo.md).
#   scripts/mongo.sh start [PORT] [DATADIR]   returns once the server answers a ping
#   scripts/mongo.sh stop [DATADIR]
#   scripts/mongo.sh status [DATADIR]
# Defaults: PORT 27017, DATADIR .run/mongo. Binds 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/pidfile.sh"
NX_VERSION="0.8.1"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$PY" ]] || PY="$(command -v python3)"
NX="$(dirname "$PY")/nx-27017"

cmd="${1:-}"
case "$cmd" in
  start) PORT="${2:-27017}"; DATADIR="${3:-.run/mongo}" ;;
  stop|status) DATADIR="${2:-.run/mongo}" ;;
  *) echo "usage: $0 start [PORT] [DATADIR] | stop [DATADIR] | status [DATADIR]" >&2; exit 2 ;;
esac
[[ "$DATADIR" = /* ]] || DATADIR="$ROOT/$DATADIR"
PIDFILE="$DATADIR/nx-27017.pid"
PORTFILE="$DATADIR/nx-27017.port"
LOGFILE="$DATADIR/nx-27017.log"

ping() {  # ping PORT: exit 0 when the server answers
  "$PY" - "$1" <<'PY'
import sys
import pymongo
client = pymongo.MongoClient(f"mongodb://127.0.0.1:{sys.argv[1]}", serverSelectionTimeoutMS=300)
try:
    client.admin.command("ping")
except pymongo.errors.PyMongoError:
    sys.exit(1)
PY
}

ready() {  # ready PID: our server answers; the log line carries our PID, since a ping alone
  # could be answered by another server on PORT
  grep -q "\[$1\] - Listening on" "$LOGFILE" 2>/dev/null && ping "$PORT"
}

case "$cmd" in
  start)
    if pid="$(running_pid "$PIDFILE")"; then
      echo "nx-27017 already running (pid $pid, port $(cat "$PORTFILE"))"; exit 0
    fi
    if [[ ! -x "$NX" ]]; then
      echo "installing nx-27017==$NX_VERSION into $(dirname "$PY")" >&2
      "$PY" -m pip install --quiet "nx-27017==$NX_VERSION"
    fi
    mkdir -p "$DATADIR"
    # Foreground process sent to the background by us, so that $! is the server's PID;
    # nx-27017 writes the same PID to --pid-file and removes it on exit.
    nohup "$NX" --host 127.0.0.1 -p "$PORT" --data-dir "$DATADIR/data" \
      --log-file "$LOGFILE" --pid-file "$PIDFILE" >>"$LOGFILE" 2>&1 </dev/null &
    pid=$!
    echo "$PORT" >"$PORTFILE"
    wait_until_ready "$pid" ready "$pid" || abandon_start nx-27017 "$pid" "127.0.0.1:$PORT" "$LOGFILE"
    echo "$pid" >"$PIDFILE"
    echo "nx-27017 listening on 127.0.0.1:$PORT (pid $pid, data $DATADIR/data)"
    ;;
  stop)
    stop_by_pidfile nx-27017 "$PIDFILE"
    ;;
  status)
    if pid="$(running_pid "$PIDFILE")" && ping "$(cat "$PORTFILE")"; then
      echo "nx-27017 running (pid $pid, port $(cat "$PORTFILE"))"
    else
      echo "nx-27017 not running"; exit 1
    fi
    ;;
esac
