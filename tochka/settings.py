"""Default settings of tochka. Every one may be overridden with ``-s NAME=VALUE``;
the ``TOCHKA_*`` ones, ``MONGO_URI`` and ``SPLASH_URL`` also with environment variables."""
import os

from tochka.items import REPORT_FIELDS

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

# nothing internal is reachable through a school's site (tochka/crawl/netguard.py); the
# fixture web and the tests keep it on: their public-looking hosts go through a proxy
TOCHKA_ALLOW_INTERNAL_ADDRESSES = os.environ.get("TOCHKA_ALLOW_INTERNAL_ADDRESSES", "0") in ("1", "true", "True")

DOWNLOADER_MIDDLEWARES = {
    # first of all: robots.txt, retries and redirects to such a host are refused too
    "tochka.crawl.netguard.InternalAddressGuard": 50,
    # Scrapy's own, except that a finished school's robots.txt is forgotten (flat memory)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "tochka.middlewares.SchoolRobotsTxtMiddleware": 100,
    # after RobotsTxt (100), before retries and redirects re-enter it (550/600)
    "tochka.middlewares.SchoolBudgetMiddleware": 120,
    # after HttpCompression (590) has unpacked the body
    "tochka.middlewares.RussianCharsetMiddleware": 580,
    # after decompression, before the charset fix: reads marked timetable pictures and scans
    "tochka.crawl.ocr.OcrMiddleware": 585,
}

# -- process tuning ----------------------------------------------------------------------
# allocations between young-generation GC passes during a crawl; 0 leaves the collector alone
TOCHKA_GC_YOUNG_THRESHOLD = 20_000
# finished schools between two trims of the analysis's memo tables (tochka/extensions.py); 0: never
TOCHKA_CACHE_TRIM_SCHOOLS = 500

# -- output --------------------------------------------------------------------------------
FEED_EXPORTERS = {"tochka_csv": "tochka.exporters.ReportCsvExporter"}
# local feed files are written unbuffered; with JOBDIR or REDIS_URL they are appended to, being
# the journal a resumed crawl or a restarted worker reads back (tochka/feeds.py)
FEED_STORAGES = {"": "tochka.feeds.JournalFileStorage", "file": "tochka.feeds.JournalFileStorage"}
# %(export_dir)s is TOCHKA_EXPORT_DIR, %(crawl_folder)s the crawl id made
# safe as a folder name (FEED_URI_PARAMS): every crawl has its own folder; latest.json says
# which is the newest per region (tochka/ops/outputs.py)
FEED_URI_PARAMS = "tochka.ops.outputs.feed_uri_params"
FEEDS = {
    "%(export_dir)s/%(crawl_folder)s/reports.jsonl": {
        "format": "jsonlines", "encoding": "utf8", "overwrite": True, "item_classes": ["tochka.items.SchoolReport"],
        "fields_to_export": REPORT_FIELDS},
    "%(export_dir)s/%(crawl_folder)s/pages.jsonl": {
        "format": "jsonlines", "encoding": "utf8", "overwrite": True, "item_classes": ["tochka.items.PageItem"]},
    "%(export_dir)s/%(crawl_folder)s/reports.csv": {
        # with a BOM, so that Excel opens the Cyrillic columns correctly
        "format": "tochka_csv", "encoding": "utf-8-sig", "overwrite": True,
        "item_classes": ["tochka.items.SchoolReport"]},
}
FEED_EXPORT_ENCODING = "utf-8"

# -- running unattended: health verdict, progress line, crawl.json / latest.json ------------
EXTENSIONS: dict[str, int | None] = {
    "tochka.extensions.GarbageCollectorTuning": 0,
    "tochka.extensions.AnalysisCacheTrim": 0,
    # Scrapy's per-minute "Crawled N pages" line gives way to the progress line below
    "scrapy.extensions.logstats.LogStats": None,
    "tochka.ops.tally.ReportTally": 500,
    "tochka.ops.progress.Progress": 510,
    "tochka.ops.progress.ProgressBar": 515,
    # CrawlRecord before CrawlHealth: both act when the engine stops, the health line comes last
    "tochka.ops.outputs.CrawlRecord": 520,
    "tochka.ops.health.CrawlHealth": 530,
}
TOCHKA_PROGRESS_INTERVAL = float(os.environ.get("TOCHKA_PROGRESS_INTERVAL", 30))
# a bar on stderr, only when stderr is a terminal and the log goes to LOG_FILE
TOCHKA_PROGRESS_BAR = os.environ.get("TOCHKA_PROGRESS_BAR", "1") not in ("0", "false", "False")
# unhealthy when exceeded (tochka/ops/health.py); shares are fractions
TOCHKA_HEALTH_MAX_UNREACHABLE_SHARE = float(os.environ.get("TOCHKA_HEALTH_MAX_UNREACHABLE_SHARE", 0.5))
TOCHKA_HEALTH_MIN_SCHOOLS = int(os.environ.get("TOCHKA_HEALTH_MIN_SCHOOLS", 3))
TOCHKA_HEALTH_MAX_HTTP_ERROR_SHARE = float(os.environ.get("TOCHKA_HEALTH_MAX_HTTP_ERROR_SHARE", 0.5))
TOCHKA_HEALTH_MIN_RESPONSES = int(os.environ.get("TOCHKA_HEALTH_MIN_RESPONSES", 20))
TOCHKA_HEALTH_MAX_BUDGET_SHARE = float(os.environ.get("TOCHKA_HEALTH_MAX_BUDGET_SHARE", 0.5))
TOCHKA_HEALTH_MAX_DROPPED_ITEMS = int(os.environ.get("TOCHKA_HEALTH_MAX_DROPPED_ITEMS", 0))
TOCHKA_HEALTH_MAX_RENDER_FAILURE_SHARE = float(os.environ.get("TOCHKA_HEALTH_MAX_RENDER_FAILURE_SHARE", 0.2))

# -- rendering of JavaScript-built pages (docs/rendering.md) --------------------------------
# "splash" (needs SPLASH_URL, default http://127.0.0.1:8050) or "playwright" (Debian's chromium);
# empty: such pages are flagged needs_rendering and their reports marked incomplete.
RENDERER = os.environ.get("RENDERER", "")
SPLASH_URL = os.environ.get("SPLASH_URL", "")
ADDONS = {"tochka.rendering.addon.RenderingAddon": 0}

# -- MongoDB (docs/mongo.md): on when MONGO_URI is set ----------------------------------------
ITEM_PIPELINES = {"tochka.mongo.MongoPipeline": 500}
MONGO_URI = os.environ.get("MONGO_URI", "")
MONGO_DATABASE = "tochka"
MONGO_REPORTS_COLLECTION = "school_reports"
MONGO_PAGES_COLLECTION = "pages"
MONGO_CRAWLS_COLLECTION = "crawls"
# short timeouts: a slow or absent server must never hold the crawl (the writer retries)
MONGO_SERVER_SELECTION_TIMEOUT_MS = 2000
MONGO_CONNECT_TIMEOUT_MS = 2000
MONGO_SOCKET_TIMEOUT_MS = 3000
MONGO_BATCH_SIZE = 500          # operations per bulk_write
MONGO_BUFFER_SIZE = 10000       # operations waiting in memory before they are spilled to disk
MONGO_RETRY_BACKOFF = 0.5       # seconds before the first retry, doubled up to the maximum
MONGO_RETRY_BACKOFF_MAX = 30.0
MONGO_CLOSE_TIMEOUT = 30.0      # seconds the writer may take at the end before it spills the rest
MONGO_SPILL_DIR = "exports/mongo-spill"

# -- distributed crawls: the school queue on Redis (docs/distributed.md) ----------------------
# redis://:<password>@host:port/db of the queue's Redis (read through scrapy-redis, with
# REDIS_PARAMS); empty: distributed mode is off and a crawl reads its seeds file itself
REDIS_URL = os.environ.get("REDIS_URL", "")
# seconds a school stays leased to a worker that stopped renewing it before another takes it over
TOCHKA_LEASE_SECONDS = float(os.environ.get("TOCHKA_LEASE_SECONDS", 120))
# this worker's name in the queue; empty: <hostname>-<pid>
TOCHKA_WORKER_ID = os.environ.get("TOCHKA_WORKER_ID", "")
