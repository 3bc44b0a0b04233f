#!/usr/bin/env bash
# Splash 3.5 without Docker: Debian's Python hosts Debian's Qt WebKit (PyPI's PyQt5 has
# no QtWebKit), and a venv with --system-site-packages adds Splash itself on top.
#
#   scripts/splash.sh install        apt packages + .run/splash-venv + source fixes (idempotent)
#   scripts/splash.sh start [PORT]   background server on 127.0.0.1:PORT (default 8050);
#                                    returns once /_ping answers; pid in .run/splash-PORT.pid
#   scripts/splash.sh stop [PORT]    stop the server started by `start` on PORT
#   scripts/splash.sh status [PORT]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"
VENV="$RUN/splash-venv"
APT_PACKAGES=(python3-venv python3-pyqt5 python3-pyqt5.qtwebkit python3-pyqt5.qtwebengine
  python3-twisted python3-qt5reactor python3-lupa python3-psutil python3-pil
  python3-xvfbwrapper python3-funcparserlib python3-h2 python3-priority)

install() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    [[ $(id -u) == 0 ]] || { echo "splash.sh: need root to apt-get install ${missing[*]}" >&2; exit 1; }
    apt-get update -q  # a fresh machine's package lists may be missing or stale
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  mkdir -p "$RUN"
  if [[ ! -x "$VENV/bin/python" ]]; then
    # Debian's interpreter on purpose: only it can import the apt-installed PyQt5 WebKit.
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
  fi
  if ! "$VENV/bin/python" -c "import splash, adblockparser" 2>/dev/null; then
    # --no-deps: every dependency comes from apt; pip's PyQt5 would shadow Debian's.
    "$VENV/bin/pip" install -q --no-deps splash==3.5 adblockparser==0.7
  fi
  patch_source
  "$VENV/bin/python" -c "import splash.server" \
    || { echo "splash.sh: splash.server does not import" >&2; exit 1; }
  echo "splash.sh: installed in $VENV"
}

# Splash 3.5 predates Python 3.9 and sip 6. Each substitution is a no-op once applied.
patch_source() {
  local pkg
  pkg="$("$VENV/bin/python" -c 'import os, splash; print(os.path.dirname(splash.__file__))')"
  "$VENV/bin/python" - "$pkg" <<'PY'
import pathlib
import sys

pkg = pathlib.Path(sys.argv[1])
FIXES = [
    # json.loads() lost its `encoding` argument in Python 3.9: without this every JSON
    # POST (that is, every scrapy-splash request) answers HTTP 500.
    ("render_options.py", "json.loads(content, encoding='utf8')", "json.loads(content)"),
    ("kernel/inspections.py", "json.loads(f.read().decode('utf-8'), encoding='utf8')",
     "json.loads(f.read().decode('utf-8'))"),
    # sip 6 refuses a float in QTimer.start(): without int() /execute fails.
    ("browser_tab.py", "timer.start(time_ms)", "timer.start(int(time_ms))"),
    ("browser_tab.py", "self._timer.start(timeout * 1000)", "self._timer.start(int(timeout * 1000))"),
    ("qtrender_lua.py", "qtimer.start(timeout)", "qtimer.start(int(timeout))"),
    ("qtrender_lua.py", "qtimer.start(delay)", "qtimer.start(int(delay))"),
    ("network_manager.py", "timer.start(timeout_ms)", "timer.start(int(timeout_ms))"),
]
applied = 0
for name, old, new in FIXES:
    path = pkg / name
    text = path.read_text()
    if old in text:
        path.write_text(text.replace(old, new))
        applied += 1
    elif new not in text:
        sys.exit(f"splash.sh: {name}: neither the original nor the fixed line found "
                 f"(not Splash 3.5?): {old}")
print(f"splash.sh: {applied} of {len(FIXES)} source fixes applied now, the rest already in place")
PY
}

pidfile() { echo "$RUN/splash-$1.pid"; }

ping() { curl -fsS -m 2 "http://127.0.0.1:$1/_ping" >/dev/null 2>&1; }

start() {
  local port="${1:-8050}" pf
  pf="$(pidfile "$port")"
  [[ -x "$VENV/bin/python" ]] || { echo "splash.sh: run '$0 install' first" >&2; exit 1; }
  if [[ -f "$pf" ]] && kill -0 "$(cat "$pf")" 2>/dev/null; then
    echo "splash.sh: already running on $port (pid $(cat "$pf"))"; return 0
  fi
  mkdir -p "$RUN"
  # Loopback only: Splash's default --ip is 0.0.0.0. Offscreen Qt, no Xvfb: the webkit
  # engine needs no display. QtWebEngine is imported at module level, hence its sandbox flag.
  QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=offscreen \
    setsid "$VENV/bin/python" -m splash.server --ip 127.0.0.1 --port "$port" \
      --disable-xvfb --browser-engines webkit --max-timeout 90 \
      >"$RUN/splash-$port.log" 2>&1 </dev/null &
  echo $! >"$pf"
  for _ in $(seq 1 300); do
    if ping "$port"; then echo "splash.sh: up on 127.0.0.1:$port (pid $(cat "$pf"))"; return 0; fi
    if ! kill -0 "$(cat "$pf")" 2>/dev/null; then
      echo "splash.sh: server exited; log:" >&2; tail -20 "$RUN/splash-$port.log" >&2
      rm -f "$pf"; exit 1
    fi
    sleep 0.1
  done
  echo "splash.sh: no /_ping answer on $port after 30 s" >&2
  stop "$port"; exit 1
}

stop() {
  local port="${1:-8050}" pf pid
  pf="$(pidfile "$port")"
  [[ -f "$pf" ]] || { echo "splash.sh: not running on $port"; return 0; }
  pid="$(cat "$pf")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pf"
  echo "splash.sh: stopped $port"
}

status() {
  local port="${1:-8050}" pf
  pf="$(pidfile "$port")"
  if [[ -f "$pf" ]] && kill -0 "$(cat "$pf")" 2>/dev/null && ping "$port"; then
    echo "splash.sh: running on $port (pid $(cat "$pf"))"
  else
    echo "splash.sh: not running on $port"; return 1
  fi
}

case "${1:-}" in
  install) install ;;
  start) start "${2:-8050}" ;;
  stop) stop "${2:-8050}" ;;
  status) status "${2:-8050}" ;;
  *) echo "usage: $0 install | start [PORT] | stop [PORT] | status [PORT]" >&2; exit 2 ;;
esac
