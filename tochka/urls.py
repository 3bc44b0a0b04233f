"""URL canonical forms, host names and file types."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url, safe_url_string, url_query_cleaner

from .memo import school_keyed

# Query parameters that only carry a visitor's session: one page, endless URLs.
SESSION_PARAMS = ("phpsessid", "sid", "sessid", "jsessionid", "session_id", "sessionid", "s", "ssid", "bxsessid")
_SESSION_RE = re.compile(r"(?i)[?&;](?:%s)=" % "|".join(SESSION_PARAMS))
_JSESSION_PATH = re.compile(r"(?i);jsessionid=[^?#/]*")
_UTM_RE = re.compile(r"(?i)^utm_")

DOCUMENT_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf", "ppt", "pptx"})
SKIPPED_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "tif", "tiff", "heic",
    "mp3", "wav", "ogg", "mp4", "avi", "mov", "wmv", "flv", "mkv", "webm", "m4v",
    "zip", "rar", "7z", "gz", "tar", "exe", "msi", "apk", "iso", "css", "js", "woff", "woff2", "ttf", "eot", "swf",
})


@school_keyed(maxsize=200_000)
def canonical(url: str) -> str:
    """One spelling per page: punycode host, sorted query, no fragment, no session ids.
    Cached: every page of a school repeats the same menus. A fragment that is a
    client-side route (``#/tochka-rosta``, ``#!/news``) names a page of its own and stays."""
    route = client_route(url)
    if route:
        return canonical(url.split("#", 1)[0]) + "#" + route
    url = _JSESSION_PATH.sub("", url)
    if _SESSION_RE.search(url) or "utm_" in url.lower():
        query = urlsplit(url).query
        drop = [k.split("=", 1)[0] for k in re.split(r"[&;]", query)
                if k.split("=", 1)[0].lower() in SESSION_PARAMS or _UTM_RE.match(k)]
        url = url_query_cleaner(url, drop, remove=True, keep_fragments=False)
    return canonicalize_url(safe_url_string(url))


def client_route(url: str) -> str:
    """The route of a single-page app's address (``/tochka-rosta`` of ``…/#/tochka-rosta``),
    "" for none or for the app's root route."""
    _, _, fragment = url.partition("#")
    if not fragment.startswith(("/", "!/")) or not fragment.strip("!/"):
        return ""
    return safe_url_string(fragment.rstrip("/"))


@school_keyed(maxsize=200_000)
def host_of(url: str) -> str:
    """The host name in its ASCII (punycode) form, lower case, no port, no trailing dot."""
    return (urlsplit(safe_url_string(url)).hostname or "").rstrip(".").lower()


def extension(url: str) -> str:
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def is_document(url: str) -> bool:
    return extension(url) in DOCUMENT_EXTENSIONS


def is_skipped(url: str) -> bool:
    return extension(url) in SKIPPED_EXTENSIONS
