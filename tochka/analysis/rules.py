"""The rule tables (``tochka/rules/*.toml``), loaded once and compiled."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


class RuleError(ValueError):
    """A rule table that cannot be used; the message names the file and the key."""


def load_table(name: str) -> dict:
    with resources.files("tochka").joinpath("rules", f"{name}.toml").open("rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"tochka/rules/{name}.toml: {exc}") from None


def any_of(patterns: list[str], where: str = "") -> re.Pattern | None:
    """One alternation regex for a list of patterns, or None for an empty list."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise RuleError(f"{where or 'a rule table'}: bad pattern: {exc}") from None


def all_of_required(patterns: list[str], where: str) -> re.Pattern:
    """Like ``any_of`` for a list that must not be empty."""
    found = any_of(patterns, where)
    if found is None:
        raise RuleError(f"{where}: the list of patterns is empty")
    return found


@dataclass(frozen=True)
class CenterRules:
    key: str
    label_ru: str
    name: re.Pattern
    full_name: re.Pattern
    url_slug: re.Pattern
    image: re.Pattern
    probe_paths: tuple[str, ...]
    quick_words: tuple[str, ...]   # lower-case words any mention contains, to skip pages fast
    whole_site: bool = False       # may have a site of its own that is entirely the center

    def named_in(self, normalized_text: str) -> bool:
        return bool(self.name.search(normalized_text) or self.full_name.search(normalized_text))


@dataclass(frozen=True)
class PageKind:
    key: str
    subsection: str | None
    text: re.Pattern | None
    url: re.Pattern | None
    not_text: re.Pattern | None


@dataclass(frozen=True)
class Edition:
    center: str
    key: str
    issued: date
    label_ru: str
    pattern: re.Pattern


@cache
def centers() -> dict[str, CenterRules]:
    table = load_table("centers")
    return {
        key: CenterRules(
            key=key,
            label_ru=spec["label_ru"],
            name=all_of_required(spec["name_patterns"], f"tochka/rules/centers.toml [{key}] name_patterns"),
            full_name=all_of_required(spec["full_name_patterns"],
                                      f"tochka/rules/centers.toml [{key}] full_name_patterns"),
            url_slug=all_of_required(spec["url_slug_patterns"], f"tochka/rules/centers.toml [{key}] url_slug_patterns"),
            image=all_of_required(spec["image_patterns"], f"tochka/rules/centers.toml [{key}] image_patterns"),
            probe_paths=tuple(spec["probe_paths"]),
            quick_words=tuple(spec["quick_words"]),
            whole_site=spec["whole_site"],
        )
        for key, spec in table.items()
        if isinstance(spec, dict) and "label_ru" in spec
    }


@cache
def foreign_hosts() -> frozenset[str]:
    return frozenset(load_table("centers")["foreign"]["hosts"])


@cache
def pages() -> dict:
    return load_table("pages")


@cache
def page_kinds() -> tuple[PageKind, ...]:
    return tuple(
        PageKind(
            key=spec["key"],
            subsection=spec.get("subsection"),
            text=any_of(spec.get("text", []) or spec.get("title", [])),
            url=any_of(spec.get("url", [])),
            not_text=any_of(spec.get("not_text", [])),
        )
        for spec in pages()["kind"]
    )


@cache
def page_kinds_by_key() -> dict[str, PageKind]:
    return {kind.key: kind for kind in page_kinds()}


@cache
def pattern(table: str, *path: str) -> re.Pattern:
    """A compiled alternation for the list of patterns at ``path`` inside a table."""
    where = f"tochka/rules/{table}.toml [{'.'.join(path)}]"
    node: object = load_table(table)
    for step in path:
        if not isinstance(node, dict) or step not in node:
            raise RuleError(f"{where}: no key {step!r}")
        node = node[step]
    if not isinstance(node, list):
        raise RuleError(f"{where}: expected a list of patterns")
    return all_of_required(node, where)


@cache
def editions() -> tuple[Edition, ...]:
    return tuple(
        Edition(spec["center"], spec["key"], spec["issued"], spec["label_ru"],
                all_of_required(spec["patterns"], f"tochka/rules/editions.toml edition {spec['key']}"))
        for spec in load_table("editions")["edition"]
    )


@cache
def violation_texts() -> dict[str, dict]:
    table = load_table("violations")
    table.pop("version", None)
    return table


def _validate_date_text(text: dict) -> None:
    lead = text.get("lead_chars")
    if not isinstance(lead, int) or lead <= 0:
        raise RuleError("tochka/rules/dates.toml [text] lead_chars: expected a positive integer")
    for key in ("ignore_before", "published_labels", "document_number_marks", "document_date_words",
                "lead_not_after", "lead_not_before"):
        words = text.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise RuleError(f"tochka/rules/dates.toml [text] {key}: expected a non-empty list of words")


def _validate_figures_of_speech() -> None:
    mentions = load_table("centers")["mentions"]
    word = mentions.get("not_center_word")
    for phrase in mentions["not_center"]:
        if not word or word not in phrase:
            raise RuleError(f"tochka/rules/centers.toml [mentions] not_center: {phrase!r} lacks not_center_word "
                            f"{word!r}, which the search is gated on")


def validate() -> None:
    """Load and check every rule table once, so that a mistake in one stops the crawl at
    start-up with the file and key named, not as "analysis failed" on some page."""
    from ..kinds import PageKind

    centers()
    for key in ("not_center", "visit", "own", "programme"):
        pattern("centers", "mentions", key)
    pattern("centers", "section_pages", "not_section_headings")
    kinds = page_kinds()
    for kind in kinds:
        if kind.key not in PageKind.__members__.values():
            raise RuleError(f"tochka/rules/pages.toml [[kind]] key={kind.key!r}: not a page kind tochka knows "
                            f"({', '.join(PageKind)})")
    for key in ("hubs", "news_hubs", "pagination", "timetable_promise", "timetable_weak"):
        pattern("pages", key, "text")
    for key in ("span", "line", "quick", "pointer", "heading_class"):
        pattern("pages", "timetable_content", key)
    for key in pages()["timetable_kinds"]:
        pattern("pages", "timetable_kinds", key)
    for key in ("tags", "shared_words", "layout_words", "layout_phrases", "widget_words", "widget_phrases"):
        if not isinstance(pages()["furniture"].get(key), list):
            raise RuleError(f"tochka/rules/pages.toml [furniture] {key}: expected a list")
    _validate_date_text(load_table("dates").get("text", {}))
    known = centers()
    for edition in editions():
        if edition.center not in known:
            raise RuleError(f"tochka/rules/editions.toml edition {edition.key}: unknown center {edition.center!r}")
    if not isinstance(load_table("centers").get("whole_site", {}).get("identity_words"), list):
        raise RuleError("tochka/rules/centers.toml [whole_site] identity_words: expected a list of class/id words")
    for key in ("placeholder", "asks_for_javascript"):
        pattern("rendering", "script_built", key)
    for key in ("date_first", "number_first", "subject"):
        pattern("editions", "unknown_edition", key)
    if not isinstance(load_table("editions")["unknown_edition"].get("note_ru"), str):
        raise RuleError("tochka/rules/editions.toml [unknown_edition] note_ru: expected the Russian note")
    for code, spec in violation_texts().items():
        if not isinstance(spec.get("weight"), int) or not spec.get("message_ru"):
            raise RuleError(f"tochka/rules/violations.toml [{code}]: needs an integer weight and message_ru")
