#!/usr/bin/env bash
# make demo: serve the bundled demo school sites on 127.0.0.1, crawl them through that
# proxy with the real spider, write the exports, print a per-school summary, and write the
# workbook, the HTML report and the notices to school heads (scrapy report).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT=${DEMO_PORT:-8899}
RUN=.run/demo
OUT=exports/demo
mkdir -p "$RUN" "$OUT"

$PY -m tests.fixtureweb.serve --port "$PORT" --write-seeds seeds/demo.csv --pidfile "$RUN/web.pid" \
    >"$RUN/web.log" 2>&1 &
trap 'kill "$(cat "$RUN/web.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
# building 50 sites takes a few seconds; wait until the server accepts connections
$PY - "$PORT" <<'WAIT'
import socket, sys, time
deadline = time.time() + 60
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.3)
sys.exit("tochka demo: the fixture web did not start; see .run/demo/web.log")
WAIT

echo "Crawling $(($(wc -l < seeds/demo.csv) - 1)) demo schools through the local fixture web (127.0.0.1:$PORT)..."
http_proxy="http://127.0.0.1:$PORT" https_proxy="http://127.0.0.1:$PORT" no_proxy="" \
  .venv/bin/scrapy crawl schools -a seeds=seeds/demo.csv -a as_of=2023-12-13 \
    -s TOCHKA_EXPORT_DIR="$OUT" -s AUTOTHROTTLE_ENABLED=0 -s DOWNLOAD_DELAY=0 \
    -s CONCURRENT_REQUESTS_PER_DOMAIN=4 -s DOWNLOAD_TIMEOUT=10 -s LOG_FILE="$RUN/crawl.log"
# every crawl writes its own folder (named by its crawl id): the newest crawl.json is this one's
latest=$(dirname "$(ls -t "$OUT"/*/crawl.json | head -n 1)")/
echo
$PY -m tochka.summary "$latest/reports.jsonl"
echo
echo "Exports: ${latest}reports.jsonl, ${latest}pages.jsonl, ${latest}reports.csv (crawl log: $RUN/crawl.log)"
echo
# the coordinators' outputs: workbook, HTML report, notices to school heads (their paths are printed)
.venv/bin/scrapy report "$latest" --out "${latest}report"
