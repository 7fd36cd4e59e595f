"""The one exception type whose message is meant for the user.

Every layer raises a subclass with a message that names the real cause (and the
file, where there is one).  The message is an English template with named
placeholders, marked with QT_TRANSLATE_NOOP("Errors", ...) so pyside6-lupdate puts it
in the .ts; ``str(exc)`` is the English text (the CLI's default), and the UI renders
``template`` in its own language with ``params`` (moatdesk.ui.i18n.error_text).
"""

from __future__ import annotations

from typing import Self

ERRORS_CONTEXT = "Errors"  # the one translation context of every error template


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation without Qt: lupdate finds calls by this name."""
    return source


class MoatDeskError(Exception):
    """An expected failure with a message a founder can act on.

    ``template`` is the English source text, e.g. "could not write {path}";
    ``params`` fills its placeholders (as text).  Values are inserted after the
    template is translated, so whatever a founder typed comes back verbatim.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, str] = {name: str(value) for name, value in params.items()}
        super().__init__(template.format(**self.params))

    def render(self, translated_template: str) -> str:
        """This error's text from a translation of ``template``, filled with ``params``.

        Filled after translating, so a typed value ("Acme {x}", "Acme %1") stays
        verbatim; a translation whose placeholders do not fit gives the English text.
        """
        try:
            return translated_template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(self)

    @classmethod
    def from_error(cls, other: MoatDeskError) -> Self:
        """The same message as another error's, as this type (a re-wrap, still translatable)."""
        return cls(other.template, **other.params)

    def __reduce__(self):  # pickle rebuilds from template and params, not the English text
        return (_rebuild, (type(self), self.template, self.params))


def _rebuild(cls: type[MoatDeskError], template: str, params: dict[str, str]) -> MoatDeskError:
    return cls(template, **params)
