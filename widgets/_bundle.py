"""Where the built editor bundle lives, and whether it is there.

The bundle (``widgets/static/editor.js``) is built from ``widgets/js`` by esbuild
through the hatch-jupyter-builder hook at install time; it is never committed.
When Node was missing at install, the editor falls back to a plain text area.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
EDITOR_BUNDLE = STATIC_DIR / "editor.js"

MISSING_BUNDLE_NOTICE = (
    "The code editor bundle was not built (Node.js/npm were missing when this package was "
    "installed), so this is a plain text area without highlighting or Ctrl+Enter. Install "
    "Node.js 18+ and npm, then reinstall: pip install -e '.[test]'"
)


def editor_bundle() -> Path | None:
    """The built CodeMirror bundle, or ``None`` when it was not built."""
    return EDITOR_BUNDLE if EDITOR_BUNDLE.is_file() else None
