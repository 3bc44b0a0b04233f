"""tochka's own signals, sent through ``crawler.signals`` like Scrapy's."""

# sent with school_id=… when a school's report has been emitted; components that keep
# per-school state (the budget middleware) drop it then
school_finished = object()
