"""JavaScript rendering: when a page needs it (``decide``), how to ask Splash or
Playwright for it (``requests``), and the scrapy-splash fixes for Scrapy 2.19 (``compat``)."""
