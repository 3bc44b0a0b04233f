"""Default settings of tochka. Every one may be overridden with ``-s NAME=VALUE``;
the ``TOCHKA_*`` ones, ``MONGO_URI`` and ``SPLASH_URL`` also with environment variables."""
import os

BOT_NAME = "tochka"
SPIDER_MODULES = ["tochka.spiders"]
NEWSPIDER_MODULE = "tochka.spiders"
COMMANDS_MODULE = "tochka.commands"

# -- what the crawl looks at -------------------------------------------------------------
TOCHKA_PAGE_BUDGET = int(os.environ.get("TOCHKA_PAGE_BUDGET", 200))   # HTTP requests per school, at most
TOCHKA_NEWS_ITEMS = int(os.environ.get("TOCHKA_NEWS_ITEMS", 60))      # school news items opened per school
# the largest response read, a document included (Scrapy cancels larger downloads)
TOCHKA_DOCUMENT_MAXSIZE = int(os.environ.get("TOCHKA_DOCUMENT_MAXSIZE", 15 * 1024 * 1024))
TOCHKA_SCRIPT_MAXSIZE = 2_000_000  # a school's own script file; larger ones are left unread
TOCHKA_EXPORT_DIR = os.environ.get("TOCHKA_EXPORT_DIR", "exports")
# schools crawled at once: enough to keep CONCURRENT_REQUESTS busy, few enough to keep memory flat
TOCHKA_MAX_ACTIVE_SCHOOLS = int(os.environ.get("TOCHKA_MAX_ACTIVE_SCHOOLS", 64))

# -- OCR of image timetables and scanned PDFs (tochka/analysis/ocr.py, needs Debian's tesseract-ocr-rus) --
# used when Tesseract is installed
TOCHKA_OCR_ENABLED = os.environ.get("TOCHKA_OCR_ENABLED", "1") not in ("0", "false", "False")
# pictures and scanned PDFs read per school
TOCHKA_OCR_MAX_IMAGES_PER_SCHOOL = int(os.environ.get("TOCHKA_OCR_MAX_IMAGES_PER_SCHOOL", 5))
# Tesseract wall time per school
TOCHKA_OCR_MAX_SECONDS_PER_SCHOOL = float(os.environ.get("TOCHKA_OCR_MAX_SECONDS_PER_SCHOOL", 20))
# larger pictures and scans are not read
TOCHKA_OCR_MAX_BYTES = int(os.environ.get("TOCHKA_OCR_MAX_BYTES", 10 * 1024 * 1024))

# -- politeness ------------------------------------------------------------------------------
USER_AGENT = os.environ.get(
    "TOCHKA_USER_AGENT",
    "Mozilla/5.0 (compatible; tochka/0.1; monitoring of school websites for the regional education authority)")
ROBOTSTXT_OBEY = os.environ.get("TOCHKA_ROBOTSTXT_OBEY", "1") not in ("0", "false", "False")
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# -- robustness ----------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = int(os.environ.get("TOCHKA_DOWNLOAD_TIMEOUT", 30))
RETRY_TIMES = 2
DOWNLOAD_MAXSIZE = TOCHKA_DOCUMENT_MAXSIZE
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
DEPTH_LIMIT = 8
REDIRECT_MAX_TIMES = 10
METAREFRESH_MAXDELAY = 30
DNS_TIMEOUT = 20
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
REACTOR_THREADPOOL_MAXSIZE = 10
LOG_LEVEL = os.environ.get("TOCHKA_LOG_LEVEL", "INFO")

DOWNLOADER_MIDDLEWARES = {
    # after RobotsTxt (100), before retries and redirects re-enter it (550/600)
    "tochka.middlewares.SchoolBudgetMiddleware": 120,
    # after HttpCompression (590) has unpacked the body
    "tochka.middlewares.RussianCharsetMiddleware": 580,
}

# -- process tuning ----------------------------------------------------------------------
EXTENSIONS = {"tochka.extensions.GarbageCollectorTuning": 0}
# allocations between young-generation GC passes during a crawl; 0 leaves the collector alone
TOCHKA_GC_YOUNG_THRESHOLD = 20_000

# -- output --------------------------------------------------------------------------------
FEED_EXPORTERS = {"tochka_csv": "tochka.exporters.ReportCsvExporter"}
# %(export_dir)s is TOCHKA_EXPORT_DIR and %(crawl_date)s the day the crawl started (spider attributes)
FEEDS = {
    "%(export_dir)s/%(crawl_date)s/reports.jsonl": {
        "format": "jsonlines", "encoding": "utf8", "overwrite": True, "item_classes": ["tochka.items.SchoolReport"]},
    "%(export_dir)s/%(crawl_date)s/pages.jsonl": {
        "format": "jsonlines", "encoding": "utf8", "overwrite": True, "item_classes": ["tochka.items.PageItem"]},
    "%(export_dir)s/%(crawl_date)s/reports.csv": {
        # with a BOM, so that Excel opens the Cyrillic columns correctly
        "format": "tochka_csv", "encoding": "utf-8-sig", "overwrite": True,
        "item_classes": ["tochka.items.SchoolReport"]},
}
FEED_EXPORT_ENCODING = "utf-8"

# -- rendering of JavaScript-built pages (docs/rendering.md) --------------------------------
# "splash" (needs SPLASH_URL, default http://127.0.0.1:8050) or "playwright" (Debian's chromium);
# empty: such pages are flagged needs_rendering and their reports marked incomplete.
RENDERER = os.environ.get("RENDERER", "")
SPLASH_URL = os.environ.get("SPLASH_URL", "")
ADDONS = {"tochka.rendering.addon.RenderingAddon": 0}

# -- MongoDB (docs/mongo.md): on when MONGO_URI is set ----------------------------------------
ITEM_PIPELINES = {"tochka.mongo.MongoPipeline": 500}
MONGO_URI = os.environ.get("MONGO_URI", "")
