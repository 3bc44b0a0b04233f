"""Distributed crawls (docs/distributed.md): the school queue on Redis and the merge of the
per-worker feeds into one crawl's outputs."""
