"""The flat CSV table of school reports for analysts (Russian column headers)."""
from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exporters import CsvItemExporter

from .analysis import rules
from .reports.safety import neutralise

STATUS_RU = {"ok": "проверен", "bad_seed": "ошибка в списке школ", "unreachable": "сайт недоступен"}
SCHEDULE_RU = {"current": "актуальное", "stale": "устаревшее", "missing": "нет", "unknown": "без даты"}
YES_NO = {True: "да", False: "нет"}


def _first_url(block: dict) -> str:
    evidence = block.get("evidence") or []
    return evidence[0].get("url", "") if evidence and isinstance(evidence[0], dict) else ""


def flat_row(report: dict) -> dict[str, str]:
    section, schedule = report.get("section") or {}, report.get("schedule") or {}
    publications, documents = report.get("publications") or {}, report.get("documents") or {}
    centers = rules.centers()
    labels = rules.pages()["subsection_labels"]
    violations = report.get("violations") or []
    return {
        "ID школы": report["school_id"],
        "Школа": report.get("name", ""),
        "Регион": report.get("region", ""),
        "Муниципалитет": report.get("municipality", ""),
        "Сайт": report.get("url", ""),
        "Тип центра": centers[report["center_type"]].label_ru if report.get("center_type") in centers
        else str(report.get("center_type", "")),
        "Статус проверки": STATUS_RU.get(str(report.get("status", "")), str(report.get("status", ""))),
        "Причина": report.get("reason_ru") or "",
        "Баллы": report.get("score", 0),
        "Раздел найден": YES_NO[bool(section.get("found"))],
        "Адрес раздела": section.get("url") or "",
        "Расписание": SCHEDULE_RU.get(str(schedule.get("status", "")), ""),
        "Учебные годы расписания": ", ".join(schedule.get("academic_years") or []),
        "Расписание (ссылка)": _first_url(schedule),
        "Публикаций за год": publications.get("count", 0),
        "Последняя публикация": publications.get("latest_date") or "",
        "Действующие методические рекомендации": YES_NO[bool(documents.get("recommendations_current"))],
        "Найденные редакции рекомендаций": ", ".join(documents.get("editions_found") or []),
        "Подраздел «Документы»": documents.get("url") or "",
        "Подразделы": ", ".join(labels.get(key, key) for key in report.get("subsections") or []),
        "Нарушения": ", ".join(v["code"] for v in violations),
        "Что исправить": " ".join(v["message_ru"] for v in violations),
        "Проверка неполная": ", ".join(report.get("incomplete") or []),
        "Страниц проверено": report.get("pages_crawled", 0),
        "Дата мониторинга": report.get("as_of", ""),
    }


class ReportCsvExporter(CsvItemExporter):
    """One row per school report, columns in Russian; text a spreadsheet would run as a
    formula (a school name or page text starting with ``=``…) is neutralised. Appended to a
    table that has rows already (a resumed crawl), it writes no second header."""

    def __init__(self, file, **kwargs) -> None:
        super().__init__(file, **kwargs)
        self._headers_not_written = _at_start(file)

    def export_item(self, item) -> None:
        row = flat_row(ItemAdapter(item).asdict())
        if not self._headers_not_written:
            return self._write_row(row)
        self._headers_not_written = False
        self.csv_writer.writerow(list(row))
        return self._write_row(row)

    def _write_row(self, row: dict) -> None:
        self.csv_writer.writerow([str(neutralise(v)) for v in row.values()])


def _at_start(file) -> bool:
    try:
        return file.tell() == 0
    except (AttributeError, OSError):  # not a seekable file: a fresh stream
        return True
