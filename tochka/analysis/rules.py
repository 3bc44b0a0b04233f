"""The rule tables (``tochka/rules/*.toml``), loaded once and compiled."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


def load_table(name: str) -> dict:
    with resources.files("tochka").joinpath("rules", f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def any_of(patterns: list[str]) -> re.Pattern | None:
    """One alternation regex for a list of patterns, or None for an empty list."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


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
            name=any_of(spec["name_patterns"]),
            full_name=any_of(spec["full_name_patterns"]),
            url_slug=any_of(spec["url_slug_patterns"]),
            image=any_of(spec["image_patterns"]),
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
def pattern(table: str, *path: str) -> re.Pattern | None:
    """A compiled alternation for a list of patterns at ``path`` inside a table."""
    node = load_table(table)
    for step in path:
        node = node[step]
    return any_of(node)


@cache
def editions() -> tuple[Edition, ...]:
    return tuple(
        Edition(spec["center"], spec["key"], spec["issued"], spec["label_ru"], any_of(spec["patterns"]))
        for spec in load_table("editions")["edition"]
    )


@cache
def violation_texts() -> dict[str, dict]:
    table = load_table("violations")
    table.pop("version", None)
    return table
