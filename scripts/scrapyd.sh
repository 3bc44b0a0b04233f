#!/usr/bin/env bash
# Start/stop the project's scrapyd and deploy the project to it.
#   scripts/scrapyd.sh start [PORT] [RUNDIR]   returns once scrapyd answers (with auth)
#   scripts/scrapyd.sh stop [RUNDIR]
#   scripts/scrapyd.sh status [RUNDIR]
#   scripts/scrapyd.sh deploy [RUNDIR]         scrapyd-deploy to scrapy.cfg's [deploy] target
# Defaults: PORT 6800, RUNDIR .run/scrapyd (scrapyd's working directory: its config copy,
# eggs, logs, dbs, pid file and own log). Binds 127.0.0.1 only, HTTP basic auth always on.
# scrapyd runs jobs with its own interpreter, so it runs from the project's .venv, where
# `make install` put every dependency; the deployed egg carries only the tochka package.
# Credentials: TOCHKA_SCRAPYD_USERNAME/PASSWORD, else ~/.config/tochka/scrapyd.env
# (TOCHKA_SCRAPYD_CREDENTIALS), generated with a random password on the first start.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/pidfile.sh"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

cmd="${1:-}"
case "$cmd" in
  start) PORT="${2:-6800}"; RUNDIR="${3:-.run/scrapyd}" ;;
  stop|status|deploy) RUNDIR="${2:-.run/scrapyd}" ;;
  *) echo "usage: $0 start [PORT] [RUNDIR] | stop [RUNDIR] | status [RUNDIR] | deploy [RUNDIR]" >&2; exit 2 ;;
esac
[[ "$RUNDIR" = /* ]] || RUNDIR="$ROOT/$RUNDIR"
PIDFILE="$RUNDIR/scrapyd.pid"
PORTFILE="$RUNDIR/scrapyd.port"
LOGFILE="$RUNDIR/scrapyd.log"
URL_FROM_ENV="${TOCHKA_SCRAPYD_URL:-}"

[[ -x "$VENV/bin/scrapyd" ]] || { echo "scrapyd is not installed in $VENV: run make install" >&2; exit 1; }

load_credentials() {  # exports TOCHKA_SCRAPYD_USERNAME/PASSWORD (and a default URL)
  local assignments
  assignments="$("$PY" -m tochka.scrapyd_api shell "$@")"
  eval "$assignments"
  export TOCHKA_SCRAPYD_USERNAME TOCHKA_SCRAPYD_PASSWORD
}

answers() {  # answers PORT: exit 0 when scrapyd accepts our credentials
  # the credentials reach curl on stdin, not in its argument list (visible in ps)
  local user="$TOCHKA_SCRAPYD_USERNAME:$TOCHKA_SCRAPYD_PASSWORD"
  user="${user//\\/\\\\}"  # a curl config string escapes backslashes and quotes
  printf 'user = "%s"\n' "${user//\"/\\\"}" |
    curl -sf --max-time 2 --noproxy '*' -K - "http://127.0.0.1:$1/daemonstatus.json" >/dev/null
}

case "$cmd" in
  start)
    if pid="$(running_pid "$PIDFILE")"; then
      echo "scrapyd already running (pid $pid, port $(cat "$PORTFILE"))"; exit 0
    fi
    load_credentials --create
    mkdir -p "$RUNDIR"
    cp "$ROOT/deploy/scrapyd/scrapyd.conf" "$RUNDIR/scrapyd.conf"
    # scrapyd reads scrapyd.conf from its working directory; its own log goes to LOGFILE.
    # The credentials go through scrapyd's own variables, so they are never written to a file here.
    # A fresh log: the readiness check below must not read an earlier run's lines.
    [[ ! -f "$LOGFILE" ]] || mv "$LOGFILE" "$LOGFILE.previous"
    cd "$RUNDIR"
    SCRAPYD_HTTP_PORT="$PORT" SCRAPYD_BIND_ADDRESS=127.0.0.1 \
      SCRAPYD_USERNAME="$TOCHKA_SCRAPYD_USERNAME" SCRAPYD_PASSWORD="$TOCHKA_SCRAPYD_PASSWORD" \
      nohup "$VENV/bin/scrapyd" --pidfile= --logfile="$LOGFILE" >"$RUNDIR/scrapyd.out" 2>&1 </dev/null &
    pid=$!
    cd "$ROOT"
    echo "$PORT" >"$PORTFILE"
    for _ in $(seq 150); do
      # twistd logs this line once it listens; an answer alone could come from another server on PORT
      if grep -q "Site starting on $PORT\$" "$LOGFILE" 2>/dev/null && answers "$PORT"; then
        echo "$pid" >"$PIDFILE"
        echo "scrapyd listening on http://127.0.0.1:$PORT (pid $pid, dir $RUNDIR)"; exit 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    echo "scrapyd did not answer on 127.0.0.1:$PORT; log $LOGFILE:" >&2
    tail -n 20 "$LOGFILE" "$RUNDIR/scrapyd.out" >&2 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    exit 1
    ;;
  stop)
    stop_by_pidfile scrapyd "$PIDFILE"
    ;;
  status)
    load_credentials
    if pid="$(running_pid "$PIDFILE")" && answers "$(cat "$PORTFILE")"; then
      echo "scrapyd running (pid $pid, port $(cat "$PORTFILE"))"
    else
      echo "scrapyd not running"; exit 1
    fi
    ;;
  deploy)
    load_credentials
    # scrapy.cfg's [deploy] target reads TOCHKA_SCRAPYD_URL; default: the scrapyd started here
    if [[ -n "$URL_FROM_ENV" ]]; then
      export TOCHKA_SCRAPYD_URL="$URL_FROM_ENV"
    elif [[ -f "$PORTFILE" ]]; then
      export TOCHKA_SCRAPYD_URL="http://127.0.0.1:$(cat "$PORTFILE")"
    else
      export TOCHKA_SCRAPYD_URL
    fi
    # the upload goes to our own server, never through a crawl proxy from the environment
    export no_proxy="${no_proxy:+$no_proxy,}127.0.0.1,localhost"
    cd "$ROOT"
    # scrapyd-deploy writes setup.py, build/ and tochka.egg-info/ into the tree: remove what it added
    made=()
    for generated in setup.py build tochka.egg-info; do [[ -e "$generated" ]] || made+=("$generated"); done
    status=0
    response="$("$VENV/bin/scrapyd-deploy" -p tochka)" || status=$?
    rm -rf "${made[@]}"
    echo "$response"
    [[ "$status" = 0 ]] || exit "$status"
    # scrapyd answers 200 with {"status": "error"} when it cannot load the egg's spiders,
    # e.g. a dependency missing where scrapyd runs; scrapyd-deploy still exits 0 then
    "$PY" -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(r.get("status") != "ok" or not r.get("spiders"))' \
      "$response" 2>/dev/null || {
      echo "deploy failed: scrapyd could not load the project's spiders (is every dependency installed where scrapyd runs? make install)" >&2
      exit 1
    }
    ;;
esac
