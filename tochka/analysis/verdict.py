"""Verdicts: a school's page facts and the monitoring date in, the report's checks out.

Pure functions: the same facts and date always give the same verdict, each with
the evidence (URLs, labels, dates) it rests on.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from ..items import Checks, DocumentsCheck, PublicationsCheck, ScheduleCheck, SectionCheck, Violation
from ..kinds import PageKind
from ..urls import canonical, client_route
from . import editions, rules
from .dates import academic_year_of
from .facts import Dating, EditionRef, PageFacts, Publication, TimetableRef
from .rules import page_kinds, violation_texts
from .timetables import FORMS

# Which evidence dates a timetable, most trustworthy first: what the school wrote
# about the year beats what a file system or a server says.
DATING_ORDER = ("link_text", "page_text", "document_text", "ocr", "url", "esign", "upload_path", "published",
                "last_modified")
SEPARATED_KINDS = ("lessons", "extracurricular", "additional")   # the three of the Ministry's letter
SPECIFIC_KINDS = (*SEPARATED_KINDS, "center")
MAX_EVIDENCE = 12


@dataclass
class SchoolOutcome:
    """Everything the crawl learned about one school, besides its seed row."""

    center_type: str
    reachable: bool
    unreachable_reason: str | None = None
    site_is_center: bool = False
    section_url: str | None = None
    section_evidence: list[str] = field(default_factory=list)
    facts: list[PageFacts] = field(default_factory=list)
    robots_blocked: list[str] = field(default_factory=list)
    needs_rendering: list[str] = field(default_factory=list)
    budget_exhausted: bool = False


def teaching_year(day: date) -> str:
    """The academic year a dated timetable is for: one made in August is for the
    year that starts on 1 September."""
    return f"{day.year}-{day.year + 1}" if day.month >= 8 else academic_year_of(day)


# -- which pages are the section --------------------------------------------------------
# a school page reached within this many links of the section root counts as the section's
SECTION_DEPTH = 3


def _path_prefix(url: str) -> str | None:
    """host/path/ of a page as a folder (/tochka-rosta and /tochka-rosta/ give the same
    folder; /tochka/index.html gives /tochka/), or None for the site root and query pages."""
    parts = urlsplit(url)
    if client_route(url):  # …/#/tochka-rosta holds …/#/tochka-rosta/raspisanie
        return f"{parts.netloc}{parts.path}#{parts.fragment}/"
    path = parts.path
    if not path.endswith("/"):
        last = path.rsplit("/", 1)[-1]
        path = path[: -len(last)] if "." in last else path + "/"
    return f"{parts.netloc}{path}" if path.count("/") >= 2 and not parts.query else None


def section_pages(facts: list[PageFacts], section_url: str | None, whole_site: bool = False) -> list[PageFacts]:
    """The crawled pages that belong to the section: the section pages themselves, the
    pages below the root's path, the pages the section's own content links to, and the
    files those pages link to. A school page two links away is not the section's."""
    if whole_site:
        return list(facts)
    if section_url is None:
        return []
    by_url: dict[str, PageFacts] = {}
    for page in facts:
        for alias in (page.url, *page.aliases):
            by_url.setdefault(canonical(alias), page)
    prefix = _path_prefix(canonical(section_url))

    def under_root(page: PageFacts) -> bool:
        return prefix is not None and bool(_path_prefix(canonical(page.url))) and \
            canonical(page.url).split("://", 1)[-1].startswith(prefix)

    inside = {id(p): p for p in facts if p.is_section or under_root(p)}
    if canonical(section_url) in by_url:
        root = by_url[canonical(section_url)]
        inside[id(root)] = root
    frontier = list(inside.values())
    for hop in range(1, SECTION_DEPTH + 1):
        reached = []
        for page in frontier:
            # a timetable picture is not a link, yet what it shows (read by OCR) is the section's
            links = page.content_links + [ref.url for ref in page.timetables] + \
                (page.side_links if page.is_section else [])
            for url in links:
                target = by_url.get(url)
                if target is None or id(target) in inside:
                    continue
                if (hop == 1 or target.kind in (PageKind.DOCUMENT, PageKind.TIMETABLE) or target.is_section
                        or target.editions or target.timetables):
                    inside[id(target)] = target
                    reached.append(target)
        frontier = reached
    return list(inside.values())


# -- schedule -------------------------------------------------------------------------
def hollow_urls(facts: list[PageFacts]) -> set[str]:
    """Pages that a «Расписание» link may lead to without there being a timetable: a
    promise of one, a soft 404, a page that does not exist."""
    return {page.url for page in facts if page.kind in (PageKind.TIMETABLE_PROMISE, PageKind.NOT_FOUND)
            or (page.kind == PageKind.ERROR and page.status in (404, 410))}


def center_timetables_outside(facts: list[PageFacts], section: list[PageFacts]) -> list[PageFacts]:
    """News items of the school that publish its center's timetable though the section does
    not link them («Расписание занятий центра «Точка роста» на новый учебный год»); the
    school's general timetable page is not the center's for naming its rooms."""
    inside = {id(page) for page in section}
    return [page for page in facts if id(page) not in inside and page.kind == "timetable" and page.mentions_center
            and page.published is not None]


def merge_timetables(facts: list[PageFacts], hollow: AbstractSet[str] = frozenset()) -> list[TimetableRef]:
    """One entry per timetable URL, with the evidence of every section page that saw it."""
    merged: dict[str, TimetableRef] = {}
    for page in facts:
        for ref in page.timetables:
            if ref.url in hollow:
                continue
            known = merged.get(ref.url)
            if known is None:
                merged[ref.url] = TimetableRef(ref.url, ref.label, ref.kinds, list(ref.datings), ref.found_on,
                                               ref.form, ref.confirmed)
            else:
                known.datings.extend(ref.datings)
                known.form = min(known.form, ref.form, key=FORMS.index)
                known.confirmed = known.confirmed or ref.confirmed
                known.kinds = tuple(dict.fromkeys(known.kinds + ref.kinds))
                if "general" in known.kinds and len(known.kinds) > 1:
                    known.kinds = tuple(k for k in known.kinds if k != "general")
    return [ref for ref in merged.values() if ref.confirmed]


def date_timetable(ref: TimetableRef, as_of: date) -> tuple[str, Dating] | None:
    """The academic year of a timetable from its best evidence, or None if undatable."""
    for source in DATING_ORDER:
        years = [(d.academic_year, d) for d in ref.datings if d.source == source and d.academic_year]
        if years:
            return max(years, key=lambda pair: pair[0])
        days = [(teaching_year(d.day), d.day, d) for d in ref.datings
                if d.source == source and d.day and d.day <= as_of.replace(year=as_of.year + 1)]
        if days:
            year, _, dating = max(days, key=lambda triple: triple[1])
            return year, dating
    return None


def schedule_verdict(facts: list[PageFacts], as_of: date, hollow: AbstractSet[str] = frozenset()) -> ScheduleCheck:
    current_year = academic_year_of(as_of)
    by_kind: dict[str, set[str]] = {}
    evidence, years = [], set()
    for ref in merge_timetables(facts, hollow):
        dated = date_timetable(ref, as_of)
        if dated is None:
            status = "unknown"
        else:
            years.add(dated[0])
            status = "current" if dated[0] >= current_year else "stale"
        for kind in ref.kinds:
            by_kind.setdefault(kind, set()).add(status)
        evidence.append({
            "url": ref.url, "label": ref.label, "kinds": list(ref.kinds), "status": status,
            "academic_year": dated[0] if dated else None,
            "dated_by": dated[1].source if dated else None,
            "date_snippet": dated[1].snippet if dated else None,
            "found_on": ref.found_on, "form": ref.form,
        })
    kinds = {kind: _kind_status(statuses) for kind, statuses in by_kind.items()}
    evidence.sort(key=lambda e: (e["status"] != "current", e["url"]))
    return ScheduleCheck(_overall_status(kinds), current_year, kinds, sorted(years, reverse=True),
                         evidence[:MAX_EVIDENCE])


def _kind_status(statuses: set[str]) -> str:
    for status in ("current", "stale", "unknown"):
        if status in statuses:
            return status
    return "missing"


def _overall_status(kinds: dict[str, str]) -> str:
    if not kinds:
        return "missing"
    values = set(kinds.values())
    if "current" not in values:
        return "stale" if "stale" in values else "unknown"
    # a separated kind (внеурочная, доп. образование…) with only old timetables is a fault
    # even when another kind is current; an old general archive link is not, nor an old
    # timetable of the whole center next to current ones of its separated kinds
    stale = {kind for kind in SPECIFIC_KINDS if kinds.get(kind) == "stale"}
    if stale == {"center"} and any(kinds.get(kind) == "current" for kind in SEPARATED_KINDS):
        return "current"
    return "stale" if stale else "current"


# -- publications ---------------------------------------------------------------------
_TITLE_KEY = re.compile(r"[^\w]+")


def _same_story(a: str, b: str) -> bool:
    """One item seen twice: as a list entry («12.12.2023 Открытый урок … Точка роста») and
    as its own page («Открытый урок …»), or under two URLs with one title."""
    head_a, head_b = a[:30], b[:30]
    return head_a == head_b or head_a in b or head_b in a


def publications_verdict(facts: list[PageFacts], section: list[PageFacts], year: int) -> PublicationsCheck:
    counted: list[tuple[Publication, bool]] = []
    seen_urls: set[str] = set()
    titles_by_day: dict[date, list[str]] = {}
    candidates = [p for page in facts for p in page.publications if p.day.year == year]
    # an item's own page knows best what it is about; list entries only guess from the title
    own_pages = {p.url: p for p in candidates if p.found_on == p.url}
    candidates.sort(key=lambda p: (p.found_on != p.url, p.url))
    section_urls = {page.url for page in section}
    for pub in candidates:
        in_section = pub.found_on in section_urls
        about = own_pages[pub.url].about_center if pub.url in own_pages else pub.about_center
        if not (in_section or about):
            continue
        title = _TITLE_KEY.sub(" ", pub.title.lower()).strip()
        same_day = titles_by_day.setdefault(pub.day, [])
        if pub.url in seen_urls or (title and any(_same_story(title, other) for other in same_day)):
            continue
        seen_urls.add(pub.url)
        same_day.append(title)
        counted.append((pub, in_section))
    counted.sort(key=lambda pair: pair[0].day, reverse=True)
    return PublicationsCheck(
        year=year,
        count=len(counted),
        latest_date=counted[0][0].day.isoformat() if counted else None,
        months=sorted({p.day.month for p, _ in counted}),
        evidence=[{"url": p.url, "title": p.title, "date": p.day.isoformat(), "dated_by": p.date_source,
                   "why": "в разделе центра" if in_section else "упоминает центр"}
                  for p, in_section in counted[:MAX_EVIDENCE]],
    )


# -- documents ------------------------------------------------------------------------
def documents_verdict(facts: list[PageFacts], center_type: str, as_of: date,
                      subsections: dict[str, str]) -> DocumentsCheck:
    named: dict[str, tuple[str, EditionRef]] = {}  # url#edition -> (edition, where it is named)
    unnamed: dict[str, EditionRef] = {}
    for page in facts:
        for ref in page.editions:
            if ref.edition:
                named.setdefault(ref.url + "#" + ref.edition, (ref.edition, ref))
            else:
                unnamed.setdefault(ref.url, ref)
    current = editions.current_edition(center_type, as_of)
    by_key = {e.key: e for e in rules.editions()}
    found_keys = sorted({key for key, _ in named.values()}, key=lambda k: by_key[k].issued)
    newer = unknown_newer_edition([ref for _, ref in named.values()] + list(unnamed.values()), center_type, as_of)
    is_current = bool(current and any(editions.counts_as_current(by_key[k], current, as_of) for k in found_keys))
    outdated = [k for k in found_keys if current and by_key[k].issued < current.issued]
    evidence: list[dict] = [{"url": ref.url, "label": ref.label, "edition": key, "edition_ru": by_key[key].label_ru,
                             "found_on": ref.found_on}
                            for key, ref in sorted(named.values(), key=lambda pair: by_key[pair[0]].issued, reverse=True)]
    evidence += [{"url": ref.url, "label": ref.label, "edition": None, "edition_ru": None, "found_on": ref.found_on}
                 for url, ref in unnamed.items() if not any(n.url == url for _, n in named.values())]
    return DocumentsCheck(
        found="documents" in subsections,
        url=subsections.get("documents"),
        recommendations_current=is_current or newer is not None,
        current_edition=current.key if current else None,
        current_edition_ru=current.label_ru if current else None,
        editions_found=found_keys,
        outdated_editions=outdated,
        unknown_newer_edition=newer,
        evidence=evidence[:MAX_EVIDENCE],
    )


def unknown_newer_edition(refs: list[EditionRef], center_type: str, as_of: date) -> dict | None:
    """The newest letter on the recommendations that the registry does not know yet
    (docs/domain.md, «A letter newer than the table»), with the note for whoever keeps it."""
    found = [(letter, ref) for ref in refs
             if (letter := editions.unknown_newer_letter(ref.label, center_type, as_of))]
    if not found:
        return None
    letter, ref = max(found, key=lambda pair: pair[0].issued)
    named_ru = f"от {letter.issued:%d.%m.%Y} № {letter.number.upper()}"
    return {"number": letter.number.upper(), "date": letter.issued.isoformat(), "url": ref.url, "label": ref.label,
            "found_on": ref.found_on, "note_ru": editions.unknown_edition_note().format(letter=named_ru, url=ref.url)}


# -- subsections ----------------------------------------------------------------------
def subsections_found(facts: list[PageFacts]) -> dict[str, str]:
    found: dict[str, str] = {}
    for page in facts:
        for key, url in page.subsections.items():
            found.setdefault(key, url)
    order = [k.subsection for k in page_kinds() if k.subsection]
    return {key: found[key] for key in order if key in found}


# -- violations -----------------------------------------------------------------------
def violation(code: str, **values) -> Violation:
    spec = violation_texts()[code]
    return Violation(code, spec["message_ru"].format(**values))


def violations_for(outcome: SchoolOutcome, center_label: str, section_found: bool, schedule: ScheduleCheck,
                   publications: PublicationsCheck, documents: DocumentsCheck, as_of: date) -> list[Violation]:
    if not outcome.reachable:
        return [violation("SITE_UNREACHABLE")]
    found: list[Violation] = []
    academic_year = academic_year_of(as_of).replace("-", "–")
    if not section_found:
        found.append(violation("SECTION_MISSING", center=center_label))
    else:
        status = schedule.status
        if status == "missing":
            found.append(violation("SCHEDULE_MISSING", academic_year=academic_year))
        elif status == "stale":
            stale = sorted({e["academic_year"] for e in schedule.evidence if e["status"] == "stale"})
            found.append(violation("SCHEDULE_STALE", academic_year=academic_year,
                                   found="найдено: " + ", ".join(y.replace("-", "–") for y in stale if y)))
        elif status == "unknown":
            found.append(violation("SCHEDULE_UNDATED", academic_year=academic_year))
        if not documents.found and not documents.editions_found:
            found.append(violation("DOCUMENTS_MISSING"))
        if not documents.recommendations_current and documents.current_edition_ru:
            found.append(violation("RECOMMENDATIONS_MISSING", current=documents.current_edition_ru))
            if documents.outdated_editions:
                found.append(violation("RECOMMENDATIONS_OUTDATED", current=documents.current_edition_ru,
                                       outdated=", ".join(documents.outdated_editions)))
    if publications.count == 0:
        found.append(violation("NO_PUBLICATIONS", year=publications.year))
    if outcome.robots_blocked:
        found.append(violation("ROBOTS_BLOCKED"))
    if outcome.needs_rendering:
        found.append(violation("NEEDS_RENDERING"))
    return found


def score(violations: list[Violation]) -> int:
    weights = violation_texts()
    return max(0, 100 - sum(weights[v.code]["weight"] for v in violations))


# -- the whole report -----------------------------------------------------------------
def judge(outcome: SchoolOutcome, center_label: str, as_of: date, year: int) -> Checks:
    """The checks of one school's report."""
    section_found = outcome.reachable and (outcome.site_is_center or outcome.section_url is not None)
    section = section_pages(outcome.facts, outcome.section_url, outcome.site_is_center) if section_found else []
    subsections = subsections_found(section)
    schedule = schedule_verdict(section + center_timetables_outside(outcome.facts, section) if section_found else [],
                                as_of, hollow_urls(outcome.facts))
    publications = publications_verdict(outcome.facts, section, year)
    documents = documents_verdict(section, outcome.center_type, as_of, subsections)
    violations = violations_for(outcome, center_label, section_found, schedule, publications, documents, as_of)
    incomplete = []
    if outcome.robots_blocked:
        incomplete.append("robots_blocked")
    if outcome.needs_rendering:
        incomplete.append("needs_rendering")
    if outcome.budget_exhausted:
        incomplete.append("page_budget_exhausted")
    return Checks(
        reachable=outcome.reachable,
        section=SectionCheck(section_found, outcome.section_url, outcome.site_is_center,
                             outcome.section_evidence[:MAX_EVIDENCE]),
        schedule=schedule,
        publications=publications,
        documents=documents,
        subsections=list(subsections),
        violations=violations,
        score=score(violations),
        incomplete=incomplete,
    )
