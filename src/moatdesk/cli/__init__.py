"""Headless access to MoatDesk's capabilities, for scripting, CI and tests."""
