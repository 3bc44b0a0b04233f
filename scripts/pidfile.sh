# Helpers sourced by the service scripts (mongo.sh, redis.sh, scrapyd.sh): a service is known by the PID
# in its pid file, and stopped by that PID only.

running_pid() {  # running_pid PIDFILE: prints the PID when that process is alive
  [[ -f "$1" ]] || return 1
  local pid; pid="$(cat "$1")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

stop_by_pidfile() {  # stop_by_pidfile NAME PIDFILE: TERM, up to 10 s, then KILL
  local name="$1" pidfile="$2" pid
  if ! pid="$(running_pid "$pidfile")"; then
    echo "$name not running"; rm -f "$pidfile"; return 0
  fi
  kill "$pid"
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "$name stopped (pid $pid)"; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "$name killed after 10 s (pid $pid)"
}

wait_until_ready() {  # wait_until_ready PID CHECK...: runs CHECK every 0.1 s, up to 10 s, while PID lives
  local pid="$1"; shift
  for _ in $(seq 100); do
    "$@" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

abandon_start() {  # abandon_start NAME PID WHERE LOGFILE: a server that never answered: say so, stop it
  echo "$1 did not answer on $3; log $4:" >&2
  tail -n 20 "$4" >&2 || true
  kill "$2" 2>/dev/null || true
  exit 1
}
