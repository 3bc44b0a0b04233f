"""Run the fixture web in the foreground: ``python -m tests.fixtureweb.serve --port 8899``.

Point a crawler at it with ``http_proxy``/``https_proxy`` set to the printed URL.
Stops on SIGTERM or SIGINT.
"""
from __future__ import annotations

import argparse
import os
import signal
import threading
from pathlib import Path

from .registry import all_sites, write_seeds
from .server import FixtureWebServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the synthetic school sites on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8899, help="0 picks a free port")
    parser.add_argument("--write-seeds", type=Path, metavar="CSV", help="also write the seeds of every site here")
    parser.add_argument("--pidfile", type=Path, help="write this process's PID here while serving")
    args = parser.parse_args(argv)

    if args.write_seeds:
        write_seeds(args.write_seeds)
        print(f"seeds: {args.write_seeds}", flush=True)
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    if args.pidfile:
        args.pidfile.write_text(f"{os.getpid()}\n")
    try:
        with FixtureWebServer(port=args.port) as web:
            print(f"fixture web: {len(all_sites())} sites, proxy {web.proxy_url}", flush=True)
            stopping.wait()
    finally:
        if args.pidfile:
            args.pidfile.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
