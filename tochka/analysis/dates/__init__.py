"""Dates on Russian school sites, split by role the way htmldate splits its core:

- ``vocabulary``: month words, connectors, plausible years (rules/dates.toml), shared helpers;
- ``text``: explicit dates and academic years in text;
- ``stamps``: dates in URLs and upload paths, e-signature stamps, HTTP headers;
- ``index``: what these readers look at on an HTML page, from one walk (``HtmlPage.date_index``);
- ``published``: a page's own publication date;
- ``listing``: dated entries of news lists and dated paragraphs.
"""
from .listing import ListingEntry, dated_blocks, listing_entries
from .published import page_published
from .stamps import esign_date, http_date, upload_path_date, url_date
from .text import academic_year_of, academic_years, dates_in_text, month_heading, yearless_dates
from .vocabulary import DateHit

__all__ = [
    "DateHit", "ListingEntry", "academic_year_of", "academic_years", "dated_blocks", "dates_in_text",
    "esign_date", "http_date", "listing_entries", "month_heading", "page_published", "upload_path_date",
    "url_date", "yearless_dates",
]
