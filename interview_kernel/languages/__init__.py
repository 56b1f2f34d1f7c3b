"""Languages on the trusted side: names, file extensions and starter code.

How a language is built and run inside the sandbox lives in ``_runtime.langs``
under the same name.
"""

from .registry import (
    Language,
    available_languages,
    get_language,
    language_for_extension,
    languages,
    offered,
    register,
    starter_code,
)

__all__ = [
    "Language",
    "available_languages",
    "get_language",
    "language_for_extension",
    "languages",
    "offered",
    "register",
    "starter_code",
]
