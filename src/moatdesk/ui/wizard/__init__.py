"""The quarterly review wizard: basics, one page per essay section, review, results."""
