"""The PDF roadmap and its chart (reportlab; no Qt).

Public entry point: ``moatdesk.report.pdf.export_roadmap_pdf``.  Nothing here is
imported at app start-up.
"""
