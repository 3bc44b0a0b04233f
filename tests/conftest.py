"""Shared fixtures: the fixture web (a local server for every synthetic site) and its seeds."""
from __future__ import annotations

import pytest

from tests.fixtureweb.registry import write_seeds
from tests.fixtureweb.server import FixtureWebServer

# fixtures of the services tests start: MongoDB (nx-27017), Redis, Splash, Chromium
pytest_plugins = ["tests.mongo_server", "tests.redis_server", "tests.renderers"]


@pytest.fixture(scope="session")
def fixture_web():
    """The started fixture web; crawl through ``fixture_web.proxy_url``."""
    with FixtureWebServer() as web:
        yield web


@pytest.fixture(scope="session")
def fixture_seeds(tmp_path_factory):
    """Path of a seeds CSV listing every site and every broken row."""
    return write_seeds(tmp_path_factory.mktemp("seeds") / "seeds.csv")


@pytest.fixture
def fixture_proxy_env(fixture_web, monkeypatch):
    """Route http and https through the fixture web, as Scrapy's HttpProxyMiddleware reads them."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(name, fixture_web.proxy_url)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    return fixture_web.proxy_url
