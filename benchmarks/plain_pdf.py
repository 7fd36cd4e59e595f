"""The PDF floor: a document's text in the app's font, as plain reportlab paragraphs.

What any PDF export costs at the least, in time (bench_report.py) and in memory
(bench_ui.py's memory floor).  Imports only reportlab and the app's font registration,
so a floor process stays as light as a plain reportlab program.
"""

from __future__ import annotations

import io


def floor_pdf(lines: list[str]) -> bytes:
    """The same text in the same font, as plain paragraphs, one per line."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from moatdesk.report.fonts import register_fonts

    fonts = register_fonts()
    style = ParagraphStyle("floor", fontName=fonts.regular, fontSize=9.5, leading=14)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build([Paragraph(escape(line), style) for line in lines])
    return buffer.getvalue()


def text_lines(pdf: bytes) -> list[str]:
    """The document's text, line by line (blank lines dropped), as pypdf extracts it."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [line for line in text.splitlines() if line.strip()]
