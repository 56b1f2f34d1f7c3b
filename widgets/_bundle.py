"""Where the built front-end bundles live, whether they are there, and how a page loads them.

The bundles (``widgets/static/editor.js``, ``whiteboard.js``) are built from
``widgets/js`` by esbuild through the hatch-jupyter-builder hook at install time;
they are never committed. When Node was missing at install, the editor falls back
to a plain text area.

Under ``interview serve`` the bundles are static files of the page's Voila template
(``/voila/static/``), so a widget's module is a few bytes that import the bundle by
URL: the browser fetches it over HTTP once and caches it, instead of receiving
megabytes inside the widget's state on every page load. Elsewhere (JupyterLab,
tests) the bundle travels inline, as anywidget does by default.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Set by ``interview serve`` for its kernels: the bundles are served as static files.
SERVED_ENV = "INTERVIEW_BUNDLES_SERVED"

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


def esm(bundle: Path) -> Path | str:
    """A widget's ``_esm`` for ``bundle``: a by-URL loader when served, else the file itself."""
    if not os.environ.get(SERVED_ENV):
        return bundle
    stat = bundle.stat()
    version = f"{int(stat.st_mtime)}-{stat.st_size}"
    # anywidget gives a module 2 s to load and initialise, then drops the widget for good
    # ("Failed to initialize model"): on a busy machine, or with many pages opening at
    # once, fetching and parsing megabytes takes longer. So the module itself is these
    # few lines; the fetch starts at once and render() waits for it, with no deadline.
    return (
        "const base = (document.body && document.body.dataset.baseUrl) || '/voila/';\n"
        f"const url = new URL(base + 'static/{bundle.name}?v={version}', location.href).href;\n"
        "let loading = null;\n"
        "const load = () => (loading = loading || import(url));\n"
        "load().catch(() => { loading = null; });\n"
        "export default {\n"
        "  async render(props) {\n"
        "    const mod = await load();\n"
        "    return mod.default.render(props);\n"
        "  },\n"
        "};\n"
    )
