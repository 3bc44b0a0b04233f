"""``scrapy mongo_replay``: write the MongoDB spill files into the database now."""
from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand

from tochka import mongo
from tochka.commands import MongoCommand, open_mongo


class Command(MongoCommand, ScrapyCommand):
    def syntax(self) -> str:
        return "[--uri URI] [--database NAME] [--spill-dir DIR]"

    def short_desc(self) -> str:
        return "Replay MongoDB spill files (items a crawl could not write) into MongoDB"

    def add_own_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--spill-dir", help="spill directory (default: setting MONGO_SPILL_DIR)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        settings = self.settings
        spill_dir = opts.spill_dir or mongo.setting(settings, "MONGO_SPILL_DIR")
        client, db = open_mongo(settings, opts)
        with client:
            try:
                mongo.ensure_indexes(db, mongo.Collections.from_settings(settings))
            except mongo.pymongo.errors.PyMongoError as exc:
                print(f"MongoDB unavailable ({exc}); spill files in {spill_dir} are kept")
                self.exitcode = 1
                return
            written, left = mongo.replay_spills(db, spill_dir, int(mongo.setting(settings, "MONGO_BATCH_SIZE")))
        print(f"replayed {written} operations from {spill_dir}; {len(left)} file(s) left")
        for path in left:
            print(f"  left: {path}")
        self.exitcode = 1 if left else 0
