"""The PDF roadmap and its chart (reportlab; no Qt).

Public entry points: ``moatdesk.report.pdf.export_roadmap_pdf`` and
``moatdesk.report.chart.chart_svg``.  Nothing here is imported at app start-up.
"""
