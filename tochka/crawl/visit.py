"""What a callback needs to know about the request it answers (its ``cb_kwargs``).

Plain, frozen and picklable: requests are serialised by JOBDIR and scrapy-redis."""
from __future__ import annotations

from dataclasses import dataclass

from ..kinds import Role


@dataclass(frozen=True)
class Visit:
    school: str           # the school's seed id
    role: Role            # why the request was made
    ticket: int           # its entry in the school's ledger
    in_section: bool = False
    anchor: str = ""      # the label of the link that led here
    section_depth: int = 0
