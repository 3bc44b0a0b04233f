"""Project commands (COMMANDS_MODULE = "tochka.commands"): crawl, report, mongo_query,
mongo_replay.

What the MongoDB commands share is a mixin, not a base command class: Scrapy registers every
ScrapyCommand subclass it finds under this package as a command of its own.
"""
from __future__ import annotations

import argparse

from scrapy.exceptions import NotConfigured, UsageError

from tochka import mongo


def add_mongo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uri", help="MongoDB URI (default: setting MONGO_URI)")
    parser.add_argument("--database", help="database (default: setting MONGO_DATABASE)")


class MongoCommand:
    """A project command that runs no crawl and may read MongoDB (--uri, --database); mixed
    into a ScrapyCommand (``class Command(MongoCommand, ScrapyCommand)``), which gives
    ``add_options``. A command adds its own options in ``add_own_options``."""

    requires_project = True
    requires_crawler_process = False

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)  # type: ignore[misc]  # ScrapyCommand's, after this mixin
        add_mongo_options(parser)
        self.add_own_options(parser)

    def add_own_options(self, parser: argparse.ArgumentParser) -> None:
        """The command's own options; none by default."""


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
