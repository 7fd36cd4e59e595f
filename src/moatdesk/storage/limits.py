"""The store's size limits, and the import cap that follows from them (issue 10).

A founder's own export must always import again, so the import cap is not a guess
(it was 10 MB, and five quarters of long Hangul notes export to 13.5 MB): it is the
largest export a profile within these limits can produce.
tests/storage/test_limits.py round-trips a profile at every limit.
"""

from __future__ import annotations

from moatdesk.domain.textrules import MAX_NAME_CHARS

# Sixty quarterly reviews are fifteen years of a company, past the 50-quarter profile the
# report must keep legible (issue 15); the store refuses a 61st quarter.  The import cap
# below grows with it: the largest profile exports (and imports back) at ~181 MiB.
MAX_QUARTERS = 60
# One quarter's answers as stored (compact JSON, the same string escaping as the export).
# Every one of the 45 questions with a 20,000-character Hangul note is 2.7 MB; 3 MiB
# leaves room for the free-text answers and the JSON around them.
MAX_QUARTER_ANSWER_BYTES = 3 * 1024 * 1024
# Answers in one quarter: the bank has 45 questions; room for a newer bank's (kept on
# import when the file says it used one).
MAX_ANSWERS_PER_QUARTER = 100

# What the export's indentation adds to one answer (6 lines of at most 12 spaces), to one
# assessment besides its answers (the basics: the name at 6 bytes a character when every
# character is escaped, plus the fields), and to the profile around its assessments.
_INDENT_PER_ANSWER = 128
_ASSESSMENT_OVERHEAD = 6 * MAX_NAME_CHARS + 2048
_PROFILE_OVERHEAD = 6 * MAX_NAME_CHARS + 4096

MAX_EXPORT_BYTES = (
    MAX_QUARTERS
    * (
        MAX_QUARTER_ANSWER_BYTES
        + MAX_ANSWERS_PER_QUARTER * _INDENT_PER_ANSWER
        + _ASSESSMENT_OVERHEAD
    )
    + _PROFILE_OVERHEAD
)
MAX_IMPORT_BYTES = MAX_EXPORT_BYTES  # about 181 MiB: every export the store can make
