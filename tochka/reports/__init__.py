"""Reports coordinators act on, built from one crawl (or two): a regional workbook, a
self-contained HTML report, crawl-over-crawl changes and a notice for each school head.

``scrapy report`` (tochka/commands/report.py) drives it; reports are the plain dicts of
``reports.jsonl`` or of the MongoDB ``school_reports`` collection (README.md, "Output").
"""
