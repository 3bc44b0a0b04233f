"""A notice to the head of each school with violations: DOCX (python-docx) and HTML, in
Russian, one file per school in a folder per region, plus one ZIP of them all.

Each violation is told in the words of violations.toml, with its proof (addresses, what
was found, how it was dated) and what to publish (reports.toml), citing the letter of
13.12.2023 № 100/1312-12 and the current methodical recommendations.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from . import texts
from .html import environment
from .load import Crawl
from .proof import Proof, fix_advice, proofs
from .safety import link

UNSAFE_IN_FILE_NAME = re.compile(r"[^\w\-. «»№]+")
MAX_NAME = 90


@dataclass(frozen=True)
class NoticeItem:
    title: str
    message: str
    proofs: list[Proof]
    fix: str


@dataclass(frozen=True)
class Notice:
    school_id: str
    name: str
    addressee: str
    title: str
    date: str
    intro: str
    checked_on: str
    items: list[NoticeItem]
    closing: str
    basis: str
    signature: str

    @property
    def proof_heading(self) -> str:
        return texts.notice("proof", checked_on=self.checked_on)


def notice_for(report: dict) -> Notice | None:
    """The notice to ``report``'s school, or None when it has nothing the school must fix."""
    items = []
    for violation in report.get("violations") or []:
        code = violation.get("code") or ""
        info = texts.code_info(code)
        if info.kind in texts.NOTICE_KINDS:
            items.append(NoticeItem(info.title, violation.get("message_ru") or "", proofs(report, code),
                                    fix_advice(report, code)))
    if not items:
        return None
    recommendations = ((report.get("documents") or {}).get("current_edition_ru")
                       or texts.notice("default_recommendations"))
    name = report.get("name") or report["school_id"]
    return Notice(
        school_id=report["school_id"], name=name,
        addressee=texts.notice("addressee", name=name),
        title=texts.notice("title"),
        date=texts.date_ru(report.get("as_of")),
        intro=texts.notice("intro", as_of_ru=texts.date_ru(report.get("as_of")), url=report.get("url") or "",
                           center=texts.center_label(report.get("center_type")), recommendations=recommendations),
        checked_on=texts.date_ru(report.get("crawled_at")),
        items=items,
        closing=texts.notice("closing"),
        basis=texts.notice("basis", recommendations=recommendations),
        signature=texts.notice("signature"),
    )


def file_stem(notice: Notice) -> str:
    """``<id> <school name>`` made safe for every file system (the name comes from the school list)."""
    stem = UNSAFE_IN_FILE_NAME.sub("_", f"{notice.school_id} {notice.name}").strip(" ._")
    return stem[:MAX_NAME] or "school"


def folder_name(region: str) -> str:
    return UNSAFE_IN_FILE_NAME.sub("_", region).strip(" ._")[:MAX_NAME] or "без региона"


# --- DOCX --------------------------------------------------------------------------------

def add_link(paragraph, url: str, text: str) -> None:
    """A clickable link in a Word paragraph (python-docx has no API for it: the run goes
    inside a w:hyperlink element that points at an external relationship)."""
    target = link(url)
    if target is None:
        paragraph.add_run(text)
        return
    relationship = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship)
    run = paragraph.add_run(text)
    run.style = None
    run.font.underline = True
    run.font.color.rgb = docx.shared.RGBColor(0x1F, 0x4D, 0xB8)
    hyperlink.append(run._r)
    paragraph._p.append(hyperlink)


def add_proof(paragraph, found: Proof) -> None:
    """One proof: its address (a link), what was found there, how it was dated, where it was linked from."""
    if found.url:
        add_link(paragraph, found.url, found.url)
        paragraph.add_run(" — ")
    text = found.what
    if found.detail:
        text += f"; {found.detail}"
    paragraph.add_run(text)
    if found.found_on:
        paragraph.add_run(f"; {texts.proof('found_on')} ")
        add_link(paragraph, found.found_on, found.found_on)


def write_docx(notice: Notice, path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = f"{notice.title}: {notice.name}"
    document.core_properties.language = "ru-RU"
    right = document.add_paragraph(notice.addressee)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading(notice.title, level=1)
    document.add_paragraph(notice.intro)
    document.add_paragraph(texts.notice("found"))
    for number, item in enumerate(notice.items, 1):
        document.add_heading(f"{number}. {item.title}", level=2)
        document.add_paragraph(item.message)
        if item.proofs:
            document.add_paragraph(notice.proof_heading)
            for found in item.proofs:
                add_proof(document.add_paragraph(style="List Bullet"), found)
        fix = document.add_paragraph()
        fix.add_run(texts.notice("fix") + " ").bold = True
        fix.add_run(item.fix)
    document.add_paragraph(notice.closing)
    document.add_paragraph(notice.basis).runs[0].italic = True
    document.add_paragraph(notice.signature)
    document.add_paragraph(notice.date)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


# --- HTML --------------------------------------------------------------------------------

def write_html(notice: Notice, path: Path) -> Path:
    template = environment().get_template("notice.html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template.render(notice=notice, labels=texts.table()["notice"],
                                    proof_labels=texts.table()["proof"]), encoding="utf-8")
    return path


# --- all schools ---------------------------------------------------------------------------

def notice_folder(out_dir: Path, report: dict) -> Path:
    """``<region>/``, or ``<region>/проверить вручную/`` when part of the site could not be checked
    (pages built by script, robots.txt, the page budget): a violation may be the crawler's blind spot."""
    folder = out_dir / folder_name(report.get("region") or "")
    return folder / texts.notice("verify_folder") if report.get("incomplete") else folder


def write_all(crawl: Crawl, out_dir: Path) -> tuple[list[Path], Path]:
    """Every school's notice as DOCX and HTML under ``out_dir/<region>/``, and ``out_dir.zip``."""
    written = []
    for report in sorted(crawl.reports, key=lambda r: r["school_id"]):
        if report.get("status") == "bad_seed":
            continue
        notice = notice_for(report)
        if notice is None:
            continue
        folder, stem = notice_folder(out_dir, report), file_stem(notice)
        # not with_suffix(): school names hold dots («с. Красное»)
        written += [write_docx(notice, folder / f"{stem}.docx"), write_html(notice, folder / f"{stem}.html")]
    archive = out_dir.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in written:
            bundle.write(path, path.relative_to(out_dir.parent))
    return written, archive
