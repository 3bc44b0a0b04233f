"""The coordinators' table printed by ``python -m tochka.summary`` (and ``make demo``)."""
from __future__ import annotations

from tochka.summary import render


def report(school_id: str, **fields) -> dict:
    return {"school_id": school_id, "name": "Школа", "status": "ok", "score": 80, "violations": [],
            "section": {"found": True}, "schedule": {"status": "current"}, "publications": {"count": 2},
            "documents": {"recommendations_current": True}, **fields}


def test_an_incomplete_check_does_not_read_as_finished():
    table = render([report("s1"), report("s2", incomplete=["needs_rendering"],
                                         violations=[{"code": "NEEDS_RENDERING"}]),
                    report("s3", status="unreachable", violations=[{"code": "SITE_UNREACHABLE"}])])
    lines = table.splitlines()
    assert "проверен " in next(line for line in lines if line.startswith("s1"))
    assert "проверен частично" in next(line for line in lines if line.startswith("s2"))
    assert "сайт недоступен" in next(line for line in lines if line.startswith("s3"))
    assert "Школ: 3; проверен: 1, проверен частично: 1, сайт недоступен: 1" in table
    assert "проверен частично: needs_rendering" in table
