"""Project commands (COMMANDS_MODULE = "tochka.commands"): mongo_replay, mongo_query.

The helpers below are functions, not a base command class: Scrapy registers every
ScrapyCommand subclass it finds under this package as a command of its own.
"""
from __future__ import annotations

import argparse

from scrapy.exceptions import NotConfigured, UsageError

from tochka import mongo


def add_mongo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uri", help="MongoDB URI (default: setting MONGO_URI)")
    parser.add_argument("--database", help="database (default: setting MONGO_DATABASE)")


def open_mongo(settings, opts: argparse.Namespace):
    """(client, database) from --uri/--database or the settings; a clear usage error otherwise."""
    uri = opts.uri or settings.get("MONGO_URI")
    if not uri:
        raise UsageError("no MongoDB URI: set MONGO_URI or pass --uri", print_help=False)
    try:
        client = mongo.make_client(settings, uri)
    except NotConfigured as exc:
        raise UsageError(str(exc), print_help=False) from None
    return client, client[opts.database or mongo.setting(settings, "MONGO_DATABASE")]
