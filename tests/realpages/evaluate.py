"""Score the page-level rules on cases modelled on real school pages.

    python -m tests.realpages.evaluate [--show LABEL]

Each case in ``tests/realpages/cases_*.toml`` is a page written after one real school page
(its ``provenance``) and the labels a person gave it. The rules see the page as the crawl
would: its URL, its HTML, the school's kind of center. Prints the agreement per label and a
last line ``realpages: cases=… own_center=… published=… section=… not_section=… years=…
editions=… news_as_section=…``.
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parsel import Selector

from tochka.analysis import dates, editions, rules
from tochka.analysis.facts import PageContext, PageFacts, analyse_html
from tochka.analysis.page import HtmlPage
from tochka.kinds import PageKind

HERE = Path(__file__).parent
# The cases' pages were published up to late 2026: judge them as of then, so that no real
# date counts as "in the future".
AS_OF = date(2026, 12, 1)
LABELS = ("own_center", "published", "section", "not_section", "years", "editions")


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    provenance: str
    center_type: str
    html: str
    expected: dict


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(HERE.glob("cases_*.toml")):
        with path.open("rb") as fh:
            for raw in tomllib.load(fh)["case"]:
                cases.append(Case(raw["id"], raw["url"], raw["provenance"], raw["center_type"], raw["html"],
                                  raw["expected"]))
    return cases


def read(case: Case) -> PageFacts:
    ctx = PageContext(center=rules.centers()[case.center_type], as_of=AS_OF, year=AS_OF.year)
    return analyse_html(HtmlPage.from_html(case.html, case.url), ctx)


def _letter_key(letter: str) -> str:
    """«ТВ-977/02» -> "TV-977", «Р-6» -> "R-6": the number part of the registry's keys."""
    text = letter.upper().replace("ТВ", "TV").replace("Р", "R").replace("АЗ", "AZ")
    return re.sub(r"/\d+$", "", text.replace(" ", ""))


def editions_agree(case: Case, page_text: str) -> bool:
    """The rules name exactly the letters the person listed."""
    found = {e.key.split("-", 1)[1] for e in editions.editions_named(page_text)}
    wanted = {_letter_key(letter) for letter in case.expected.get("editions", [])}
    return all(any(key.startswith(w) for key in found) for w in wanted) and \
        all(any(key.startswith(w) for w in wanted) for key in found)


def judge(case: Case) -> dict[str, bool | None]:
    """label -> agrees with the person (None where the label does not apply to the case)."""
    facts = read(case)
    want = case.expected
    selector = Selector(text=case.html)
    text = " ".join(selector.xpath("//body//text()").getall())
    published = facts.published.value.isoformat() if facts.published else ""
    return {
        "own_center": facts.mentions_center == want["about_own_center"],
        "published": published == want["published"],
        "section": facts.is_section if want["is_section"] else None,
        "not_section": (not facts.is_section) if not want["is_section"] else None,
        "years": set(dates.academic_years(text)) == set(want.get("academic_years", [])),
        "editions": editions_agree(case, text),
        # a news item (by its URL) taken for the section; a real section page under such a URL
        # (a WordPress ?p= page) is the person's call, and it is scored by "section"
        "news_as_section": facts.is_section and not want["is_section"] and _news_url(case.url),
    }


def _news_url(url: str) -> bool:
    pattern = rules.page_kinds_by_key()[PageKind.NEWS].url
    return bool(pattern and pattern.search(url.lower()))


def score(cases: list[Case]) -> tuple[dict[str, float], dict[str, list[str]], int]:
    """Agreement per label, the ids that disagree per label, and pages under a news URL
    taken for the section."""
    agree: dict[str, list[bool]] = {label: [] for label in LABELS}
    misses: dict[str, list[str]] = {label: [] for label in LABELS}
    news_as_section = 0
    for case in cases:
        verdicts = judge(case)
        news_as_section += bool(verdicts.pop("news_as_section"))
        for label, ok in verdicts.items():
            if ok is None:
                continue
            agree[label].append(bool(ok))
            if not ok:
                misses[label].append(case.id)
    shares = {label: sum(values) / len(values) if values else 1.0 for label, values in agree.items()}
    return shares, misses, news_as_section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Agreement of the page-level rules with a person on real-page cases")
    parser.add_argument("--show", choices=LABELS, help="print what the rules saw on the cases that disagree")
    args = parser.parse_args(argv)
    cases = load_cases()
    shares, misses, news_as_section = score(cases)
    for label in LABELS:
        print(f"  {label:<12} {shares[label]:6.1%}  disagree: {' '.join(misses[label]) or '—'}")
    if args.show:
        by_id = {c.id: c for c in cases}
        for case_id in misses[args.show]:
            case, facts = by_id[case_id], read(by_id[case_id])
            print(f"\n{case_id} {case.url}\n  expected {case.expected}\n  got own={facts.mentions_center} "
                  f"section={facts.is_section} published={facts.published} kind={facts.kind}")
    summary = " ".join(f"{label}={shares[label]:.3f}" for label in LABELS)
    print(f"realpages: cases={len(cases)} {summary} news_as_section={news_as_section}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
