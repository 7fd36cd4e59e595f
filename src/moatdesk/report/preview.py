"""The pages of rendered PDF bytes as pixels: the export dialog's preview shows the very
file it will write, not a description of it.

PDFium (pypdfium2, a wheel that bundles it) rasterises the bytes; the result is plain
RGBx rows that the app wraps in a ``QImage`` (no PIL, no numpy).  Nothing here imports
Qt, and pypdfium2 is imported only when a preview is asked for, so it never weighs on
start-up.  PDFium is not thread-safe: one lock serialises its use (two previews may be
in flight when the founder switches documents quickly).

The export dialog asks for the page sizes, then for each page as it scrolls into view
(``render_page``): it keeps only the bitmaps of the pages on screen (issue 16).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

# Points per inch of a PDF page; the preview's scale is pixels per point.
POINTS_PER_INCH = 72
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One page as RGBx pixels (4 bytes each, the fourth unused), ``stride`` bytes a row."""

    width: int
    height: int
    stride: int
    pixels: bytes


def render_pages(pdf: bytes, scale: float = 1.0) -> tuple[PageImage, ...]:
    """Every page of ``pdf`` at ``scale`` pixels per point (1.0: 72 dpi), on white."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            pages = []
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
                    try:
                        pages.append(
                            PageImage(
                                bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                            )
                        )
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            return tuple(pages)
        finally:
            document.close()


def page_sizes(pdf: bytes) -> tuple[tuple[float, float], ...]:
    """Each page's (width, height) in points."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return tuple(tuple(document.get_page_size(i)) for i in range(len(document)))
        finally:
            document.close()


def render_page(pdf: bytes, index: int, scale: float = 1.0) -> PageImage:
    """Page ``index`` (from 0) of ``pdf`` at ``scale`` pixels per point, on white."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[index]
            try:
                bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
                try:
                    return PageImage(
                        bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
