"""Running crawls unattended: health verdict, progress, per-crawl output folders."""
