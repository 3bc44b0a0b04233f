"""The queries analysts need (``scrapy mongo_query``)."""
from __future__ import annotations

from collections.abc import Iterator

from .documents import Collections

# --- queries -----------------------------------------------------------------------------

class MongoQueries:
    """The reads analysts need. Documents come without MongoDB's ``_id``.

    >>> q = MongoQueries(pymongo.MongoClient(uri)["tochka"])
    >>> for report in q.latest(): ...                 # newest report of every school
    >>> list(q.crawl("2023-12-13"))                   # all reports of one crawl
    >>> list(q.history("77-0001"))                    # one school across crawls, oldest first
    >>> list(q.crawls())                              # crawls documents, newest first
    """

    def __init__(self, db, collections: Collections | None = None):
        names = collections or Collections.from_settings({})
        self.reports = db[names.reports]
        self.crawls_collection = db[names.crawls]

    def latest(self) -> Iterator[dict]:
        """The most recently crawled report of each school, ordered by school_id."""
        return self.reports.aggregate([
            # the (school_id, crawled_at) index serves this sort and the $first
            {"$sort": {"school_id": 1, "crawled_at": -1}},
            {"$group": {"_id": "$school_id", "doc": {"$first": "$$ROOT"}}},
            {"$replaceRoot": {"newRoot": "$doc"}},
            {"$project": {"_id": 0}},
            {"$sort": {"school_id": 1}},
        ], allowDiskUse=True)

    def crawl(self, crawl_id: str) -> Iterator[dict]:
        """All reports of one crawl, ordered by school_id."""
        return self.reports.find({"crawl_id": crawl_id}, {"_id": 0}).sort("school_id", 1)

    def history(self, school_id: str) -> Iterator[dict]:
        """One school's reports across crawls, oldest first."""
        return self.reports.find({"school_id": school_id}, {"_id": 0}).sort("crawled_at", 1)

    def crawls(self) -> Iterator[dict]:
        """The crawls documents, most recently started first."""
        return self.crawls_collection.find({}, {"_id": 0}).sort("started_at", -1)

