"""Packaged content: question bank, model parameters, fonts, icons, JSON Schema.

Installed as ``moatdesk.resources``; read it with ``importlib.resources`` only.
"""
