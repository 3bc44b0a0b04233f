"""OCR of timetable pictures and scanned PDFs, as a downloader middleware.

The spider marks the requests whose answer may be a timetable nothing else dates (a
document linked as a timetable, a timetable picture) with ``meta[OCR_META]``. When such an
answer is a picture, or a PDF without a text layer, this middleware reads it with Tesseract
in a thread (``tochka.analysis.ocr``; the crawl goes on meanwhile), within the school's OCR
budget, and hands the spider the text as ``meta[DOCUMENT_META]``: a ``DocumentText`` read by
"ocr". Without Tesseract, or past the budget, the text is empty and its error says why.
"""
from __future__ import annotations

import logging

from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from ..analysis import ocr
from ..analysis.documents import DOCUMENT_META, IMAGE, PDF, SCANNED, DocumentText, document_kind, document_text
from ..middlewares import SCHOOL_META
from ..signals import school_finished

logger = logging.getLogger(__name__)

OCR_META = "tochka_ocr"   # set by the spider: the answer may be a timetable to read by OCR


def is_picture(content_type: str, head: bytes) -> bool:
    return content_type.startswith("image/") or head.startswith((b"\xff\xd8", b"\x89PNG", b"GIF8", b"RIFF"))


class OcrMiddleware:
    """Reads marked pictures and scans; one OCR budget per school (TOCHKA_OCR_*)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.budgets: dict[str, ocr.OcrBudget] = {}
        self.warned = False

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler)
        crawler.signals.connect(middleware.forget, signal=school_finished)
        return middleware

    def forget(self, school_id: str) -> None:
        self.budgets.pop(school_id, None)

    async def process_response(self, request, response: Response) -> Response:
        if not request.meta.get(OCR_META) or response.status != 200 or not response.body:
            return response
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        head = response.body[:8]
        if is_picture(content_type, head):
            kind = IMAGE
        elif document_kind(response.url, content_type, head) == PDF:
            doc = document_text(response.body, response.url, content_type)
            request.meta[DOCUMENT_META] = doc
            if doc.error != SCANNED:
                return response
            kind = PDF
        else:
            return response
        request.meta[DOCUMENT_META] = await self._read(request, response.body, kind)
        return response

    async def _read(self, request, body: bytes, kind: str) -> DocumentText:
        school = str(request.meta.get(SCHOOL_META, ""))
        budget = self.budgets.setdefault(school, ocr.OcrBudget.from_settings(self.settings))
        allowed, reason = budget.allow(len(body))
        stats = self.crawler.stats
        if not allowed:
            stats.inc_value("tochka/ocr/skipped")
            if reason.startswith("OCR unavailable") and not self.warned:
                self.warned = True
                logger.warning("%s: timetable pictures and scans are left undated", reason)
            return DocumentText(kind, "", reason, read_by="ocr")
        read = ocr.read_image if kind == IMAGE else ocr.read_scanned_pdf
        result = await maybe_deferred_to_future(deferToThread(
            read, body, max_bytes=budget.max_bytes, timeout_s=max(1.0, budget.seconds_left)))
        budget.spend(result.seconds)
        stats.inc_value("tochka/ocr/read")
        stats.inc_value("tochka/ocr/seconds", result.seconds)
        if result.academic_years:
            stats.inc_value("tochka/ocr/dated")
        return DocumentText(kind, result.text, result.error, read_by="ocr")
