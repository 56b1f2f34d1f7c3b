// The interview code editor: CodeMirror 6 as an anywidget ES module.
//
// Model traits (see widgets/editor.py): value, language, theme, storage_key,
// placeholder_text, read_only, run_state. Custom messages to Python:
// {type: "run", value} on Ctrl/Cmd+Enter, {type: "submit", value} on
// Ctrl/Cmd+Shift+Enter, {type: "stop"} on Esc while a run is in flight.
// run_state (idle|running|queued|probing) is mirrored onto the app's
// `.interview-run` button as data-state, the hook browser tests read. Text goes to Python debounced, and
// is flushed on blur and before every run so a click on "Run tests" never
// grades stale text. Drafts are kept in localStorage under storage_key so they
// survive a page reload (a reload in Voila is a new kernel).

import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  foldGutter,
  HighlightStyle,
  indentOnInput,
  indentUnit,
  StreamLanguage,
  syntaxHighlighting,
} from "@codemirror/language";
import { cpp, java } from "@codemirror/legacy-modes/mode/clike";
import { javascript } from "@codemirror/legacy-modes/mode/javascript";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { tags as t } from "@lezer/highlight";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder,
} from "@codemirror/view";

const SYNC_DELAY_MS = 300;
const DRAFT_PREFIX = "interview-draft:";

// Python gets the full Lezer grammar; the C-family languages use the much
// smaller stream modes, which keeps the bundle (sent on every page load) lean.
const streamModes = { javascript, cpp, java };
const defined = {};
function streamLanguage(name) {
  defined[name] = defined[name] || StreamLanguage.define(streamModes[name]);
  return defined[name];
}
const LANGUAGES = {
  python: () => [python(), indentUnit.of("    ")],
  javascript: () => [streamLanguage("javascript"), indentUnit.of("  ")],
  cpp: () => [streamLanguage("cpp"), indentUnit.of("    ")],
  java: () => [streamLanguage("java"), indentUnit.of("    ")],
};

// Both palettes keep every token at 4.5:1 or more against their background (WCAG AA,
// checked by axe-core in the browser tests); One Dark's comments were 3.9:1.
const PALETTES = {
  dark: {
    bg: "#0d1117", fg: "#e6edf3", gutter: "#161b22", gutterFg: "#8b949e", active: "#161b22",
    selection: "#264f78", cursor: "#e6edf3", keyword: "#ff7b72", string: "#a5d6ff",
    comment: "#8b949e", number: "#79c0ff", fn: "#d2a8ff", type: "#ffa657", invalid: "#ffa198",
  },
  light: {
    bg: "#ffffff", fg: "#1f2328", gutter: "#f6f8fa", gutterFg: "#57606a", active: "#f3f6fa",
    selection: "#b6d7ff", cursor: "#1f2328", keyword: "#cf222e", string: "#0a3069",
    comment: "#57606a", number: "#0550ae", fn: "#8250df", type: "#953800", invalid: "#82071e",
  },
};

function makeTheme(name) {
  const c = PALETTES[name];
  const dark = name === "dark";
  const view = EditorView.theme(
    {
      "&": { backgroundColor: c.bg, color: c.fg },
      ".cm-content": { caretColor: c.cursor },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: c.cursor },
      "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
        { backgroundColor: c.selection },
      ".cm-gutters": { backgroundColor: c.gutter, color: c.gutterFg, border: "none" },
      ".cm-activeLine": { backgroundColor: c.active },
      ".cm-activeLineGutter": { backgroundColor: c.active, color: c.fg },
      ".cm-placeholder": { color: c.gutterFg },
      "&.cm-focused .cm-matchingBracket": { outline: `1px solid ${c.gutterFg}` },
    },
    { dark },
  );
  const style = HighlightStyle.define([
    { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword], color: c.keyword },
    { tag: [t.string, t.special(t.string), t.regexp, t.character], color: c.string },
    { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: c.comment, fontStyle: "italic" },
    { tag: [t.number, t.bool, t.null, t.atom, t.constant(t.variableName)], color: c.number },
    { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: c.fn },
    { tag: [t.className, t.typeName, t.definition(t.className), t.namespace], color: c.type },
    { tag: [t.meta, t.annotation, t.processingInstruction], color: c.type },
    { tag: t.invalid, color: c.invalid },
  ]);
  return [view, syntaxHighlighting(style)];
}
const THEMES = { dark: makeTheme("dark"), light: makeTheme("light") };

const baseTheme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px" },
  ".cm-scroller": {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: "1.5",
    overflow: "auto",
  },
});

const LANGUAGE_NAMES = { python: "Python", javascript: "JavaScript", cpp: "C++", java: "Java" };

function languageExtension(name) {
  return (LANGUAGES[name] || LANGUAGES.python)();
}

// `auto` follows the page: its data-iv-theme (the toggle), else the colour-scheme preference.
function pageTheme() {
  const chosen = document.documentElement.dataset.ivTheme;
  if (chosen === "dark" || chosen === "light") return chosen;
  return window.matchMedia && window.matchMedia("(prefers-color-scheme: light)").matches
    ? "light"
    : "dark";
}

function themeExtension(name) {
  const resolved = name === "light" || name === "dark" ? name : pageTheme();
  return THEMES[resolved];
}

// Read-only (the session ended or time is up): no edits, and the page says why.
function readOnlyExtension(locked) {
  return [EditorState.readOnly.of(locked), EditorView.editable.of(!locked)];
}

function contentLabel(language) {
  const name = LANGUAGE_NAMES[language] || "Python";
  return {
    "aria-label": `Code editor, ${name}. Tab indents; to leave the editor press Escape, then Tab.`,
    "aria-multiline": "true",
  };
}

function readDraft(key) {
  if (!key) return null;
  try {
    return window.localStorage.getItem(DRAFT_PREFIX + key);
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe)
  }
}

function writeDraft(key, text) {
  if (!key) return;
  try {
    window.localStorage.setItem(DRAFT_PREFIX + key, text);
  } catch {
    // quota or disabled storage: the kernel still has the text
  }
}

function render({ model, el }) {
  const languageSlot = new Compartment();
  const themeSlot = new Compartment();
  const readOnlySlot = new Compartment();
  const labelSlot = new Compartment();
  let timer = null;
  let lastSent = model.get("value") || "";

  function flush() {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const text = view.state.doc.toString();
    writeDraft(model.get("storage_key"), text);
    if (text !== lastSent) {
      lastSent = text;
      model.set("value", text);
      model.save_changes();
    }
    return text;
  }

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, SYNC_DELAY_MS);
  }

  function runTests() {
    const text = flush();
    model.send({ type: "run", value: text });
    return true;
  }

  function submitTests() {
    const text = flush();
    model.send({ type: "submit", value: text });
    return true;
  }

  const view = new EditorView({
    parent: el,
    state: EditorState.create({
      doc: model.get("value") || "",
      extensions: [
        // Highest precedence: the default keymap binds Mod-Enter to insertBlankLine.
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: runTests, preventDefault: true },
            { key: "Mod-Shift-Enter", run: submitTests, preventDefault: true },
          ]),
        ),
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        placeholder(model.get("placeholder_text") || ""),
        baseTheme,
        languageSlot.of(languageExtension(model.get("language"))),
        themeSlot.of(themeExtension(model.get("theme"))),
        readOnlySlot.of(readOnlyExtension(!!model.get("read_only"))),
        labelSlot.of(EditorView.contentAttributes.of(contentLabel(model.get("language")))),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) schedule();
          if (update.focusChanged && !update.view.hasFocus) flush();
        }),
      ],
    }),
  });

  function setText(text) {
    const current = view.state.doc.toString();
    // Only replace when different, or the cursor jumps while the candidate types.
    if (text === current) return;
    view.dispatch({ changes: { from: 0, to: current.length, insert: text } });
  }

  function restoreDraft() {
    const draft = readDraft(model.get("storage_key"));
    if (draft !== null && draft !== view.state.doc.toString()) {
      setText(draft);
      flush();
    }
  }

  const onValue = () => {
    const text = model.get("value") || "";
    if (text === view.state.doc.toString()) return;
    if (timer !== null) return; // local edits are pending: they win, and sync shortly
    lastSent = text;
    setText(text);
    writeDraft(model.get("storage_key"), text);
  };
  const onLanguage = () =>
    view.dispatch({
      effects: [
        languageSlot.reconfigure(languageExtension(model.get("language"))),
        labelSlot.reconfigure(EditorView.contentAttributes.of(contentLabel(model.get("language")))),
      ],
    });
  const onTheme = () =>
    view.dispatch({ effects: themeSlot.reconfigure(themeExtension(model.get("theme"))) });
  const onReadOnly = () =>
    view.dispatch({
      effects: readOnlySlot.reconfigure(readOnlyExtension(!!model.get("read_only"))),
    });
  // `auto`: follow the page's theme toggle and the system preference as they change.
  const pageObserver = new MutationObserver(onTheme);
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-iv-theme"] });
  const schemeQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: light)") : null;
  if (schemeQuery) schemeQuery.addEventListener("change", onTheme);
  // A new key (language switch): Python sends the new value in the same message;
  // a saved draft for that key takes precedence once both have applied.
  const onKey = () => setTimeout(restoreDraft, 0);
  const onCustom = (msg) => {
    if (msg && msg.type === "focus") view.focus();
    if (msg && msg.type === "flush") flush();
  };

  // The run button's data-state, and Esc to stop anywhere on the page while busy.
  const runButton = () => {
    const app = el.closest(".interview-app") || document;
    return app.querySelector(".interview-run");
  };
  const onRunState = () => {
    const button = runButton();
    if (button) button.dataset.state = model.get("run_state") || "idle";
  };
  const onKeyDown = (event) => {
    if (event.key === "Escape" && (model.get("run_state") || "idle") !== "idle") {
      model.send({ type: "stop" });
    }
  };
  document.addEventListener("keydown", onKeyDown);
  model.on("change:run_state", onRunState);
  setTimeout(onRunState, 0); // the button is rendered after the editor

  model.on("change:value", onValue);
  model.on("change:language", onLanguage);
  model.on("change:theme", onTheme);
  model.on("change:read_only", onReadOnly);
  model.on("change:storage_key", onKey);
  model.on("msg:custom", onCustom);

  // Flush synchronously when focus leaves (mousedown on "Run tests" blurs the editor
  // before the click is sent), so the kernel has the text before it sees the click.
  const onFocusOut = () => flush();
  view.contentDOM.addEventListener("focusout", onFocusOut);

  el.classList.add("interview-cm-host");
  restoreDraft();

  return () => {
    flush();
    view.contentDOM.removeEventListener("focusout", onFocusOut);
    document.removeEventListener("keydown", onKeyDown);
    pageObserver.disconnect();
    if (schemeQuery) schemeQuery.removeEventListener("change", onTheme);
    model.off("change:run_state", onRunState);
    model.off("change:value", onValue);
    model.off("change:language", onLanguage);
    model.off("change:theme", onTheme);
    model.off("change:read_only", onReadOnly);
    model.off("change:storage_key", onKey);
    model.off("msg:custom", onCustom);
    view.destroy();
  };
}

export default { render };
