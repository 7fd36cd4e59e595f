"""The one exception type whose message is meant for the user.

Every layer raises a subclass with a message that names the real cause (and the
file, where there is one).  The CLI prints it to stderr; the UI shows it in a dialog.
"""


class MoatDeskError(Exception):
    """An expected failure with a message a founder can act on."""
