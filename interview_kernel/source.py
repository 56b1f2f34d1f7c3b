"""The candidate's source: what the grader accepts, checked in one place (pure).

Every entry (the CLI, batch submissions, the app, the API) calls
:func:`check_source` before anything is graded, so a too-large, binary or empty
source gets the same clear message everywhere.
"""

from __future__ import annotations

from .errors import SourceError

MAX_SOURCE_BYTES = 64 * 1024
"""The largest source accepted, in bytes of UTF-8."""


def check_source(source: str | bytes) -> str:
    """The source as text, or a :class:`SourceError` that says what to fix.

    Text (UTF-8 when given bytes), not empty, at most :data:`MAX_SOURCE_BYTES`,
    no NUL bytes.
    """
    if isinstance(source, bytes):
        if b"\x00" in source:
            raise SourceError("the source is binary, not text; submit a source code file")
        try:
            source = source.decode("utf-8")
        except UnicodeDecodeError:
            raise SourceError("the source is not UTF-8 text; save it as UTF-8") from None
    if not isinstance(source, str):
        raise SourceError(f"source must be text, not {type(source).__name__}")
    if "\x00" in source:
        raise SourceError("the source is binary, not text; submit a source code file")
    if len(source.encode("utf-8")) > MAX_SOURCE_BYTES:
        raise SourceError(f"the source is larger than {MAX_SOURCE_BYTES // 1024} KB; shorten it")
    if not source.strip():
        raise SourceError("the source is empty; write a solution first")
    return source
