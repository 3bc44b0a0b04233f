"""A Scrapy add-on that turns rendering on: ``RENDERER=splash|playwright`` (or just
``SPLASH_URL``) merges what the renderer needs into the crawl's settings. An add-on runs
after ``-s`` options and environment-driven defaults are known, so both switch it on."""
from __future__ import annotations

from .requests import RENDERERS, renderer_settings

# Settings that are maps of components: merged into the project's maps, not replaced.
_MAPS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "DOWNLOAD_HANDLERS")


class RenderingAddon:
    def update_settings(self, settings) -> None:
        renderer = (settings.get("RENDERER") or ("splash" if settings.get("SPLASH_URL") else "")).lower()
        if not renderer:
            return
        if renderer not in RENDERERS:
            raise ValueError(f"RENDERER={renderer!r}: expected one of {', '.join(RENDERERS)}")
        settings.set("RENDERER", renderer, "addon")
        extra = renderer_settings(renderer, splash_url=settings.get("SPLASH_URL") or "http://127.0.0.1:8050")
        for name, value in extra.items():
            if name in _MAPS:
                merged = settings.getdict(name)
                merged.update(value)
                settings.set(name, merged, settings.getpriority(name) or "addon")
            else:
                settings.set(name, value, "addon")
