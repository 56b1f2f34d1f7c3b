// The design whiteboard: Excalidraw (React) as an anywidget ES module.
//
// Model traits (see widgets/whiteboard.py): scene (the board as Excalidraw JSON
// text, both ways), theme (auto|dark|light), read_only, height. The browser sends
// the scene to Python when the drawing changes (debounced; flushed when the pointer
// leaves the board or the page is hidden), never on mere selection or scrolling.
// Python may replace the scene (a reopened session): it is applied when it differs
// from what this board last sent. Nothing is loaded from the network: fonts are
// inlined by build.mjs and the library/collaboration features are hidden.

import { Excalidraw, MainMenu } from "@excalidraw/excalidraw";
import excalidrawCss from "@excalidraw/excalidraw/index.css";
import { createElement, useCallback } from "react";
import { createRoot } from "react-dom/client";

const SYNC_DELAY_MS = 400;
const STYLE_ID = "iv-excalidraw-css";

// The library sidebar offers "browse libraries" (a web site): not offered offline.
const OWN_CSS = ".iv-board-host .default-sidebar-trigger { display: none; }";

function installCss() {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = `${excalidrawCss}\n${OWN_CSS}`;
  document.head.append(style);
}

function pageTheme(model) {
  const wanted = model.get("theme");
  if (wanted === "dark" || wanted === "light") return wanted;
  const set = document.documentElement.dataset.ivTheme;
  if (set === "dark" || set === "light") return set;
  const light = window.matchMedia && window.matchMedia("(prefers-color-scheme: light)").matches;
  return light ? "light" : "dark";
}

function parseScene(text) {
  if (!text) return { elements: [] };
  try {
    const data = JSON.parse(text);
    const elements = Array.isArray(data) ? data : Array.isArray(data.elements) ? data.elements : [];
    return { elements, files: data.files || undefined };
  } catch {
    return { elements: [] };
  }
}

function signature(elements) {
  // Excalidraw bumps an element's version on every edit: the sum changes with the drawing,
  // not with selection, zoom or scrolling.
  let sum = 0;
  for (const e of elements) sum += (e.version || 0) + (e.isDeleted ? 0.5 : 0);
  return `${elements.length}:${sum}`;
}

function serialise(elements) {
  const live = elements.filter((e) => !e.isDeleted);
  return JSON.stringify({ type: "excalidraw", version: 2, source: "interview", elements: live });
}

function render({ model, el }) {
  installCss();
  el.classList.add("iv-board-host");
  const box = document.createElement("div");
  box.className = "iv-board-canvas";
  box.style.height = `${model.get("height") || 520}px`;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", "Whiteboard");
  el.append(box);

  let api = null;
  let lastSent = model.get("scene") || "";
  let lastSig = "";
  let timer = null;
  let pending = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const text = pending;
    pending = null;
    if (text === lastSent) return;
    lastSent = text;
    model.set("scene", text);
    model.save_changes();
  };

  const onChange = (elements) => {
    const sig = signature(elements);
    if (sig === lastSig) return;
    lastSig = sig;
    pending = serialise(elements);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SYNC_DELAY_MS);
  };

  const initial = parseScene(lastSent);
  lastSig = signature(initial.elements);
  const root = createRoot(box);

  function Board({ theme, readOnly }) {
    const onApi = useCallback((a) => {
      api = a;
      el.__ivBoard = a; // for tests and the app: the Excalidraw imperative API
    }, []);
    // The default menu links to social sites and the online library: keep the offline items.
    const menu = createElement(
      MainMenu,
      null,
      createElement(MainMenu.DefaultItems.ClearCanvas),
      createElement(MainMenu.DefaultItems.SaveAsImage),
      createElement(MainMenu.DefaultItems.Help),
    );
    return createElement(Excalidraw, {
      excalidrawAPI: onApi,
      initialData: { elements: initial.elements, appState: { viewBackgroundColor: "transparent" } },
      onChange,
      theme,
      viewModeEnabled: readOnly,
      detectScroll: true,
      handleKeyboardGlobally: false,
      UIOptions: {
        canvasActions: {
          loadScene: false,
          saveToActiveFile: false,
          export: false,
          saveAsImage: true,
          clearCanvas: true,
          toggleTheme: null,
          changeViewBackgroundColor: false,
        },
        tools: { image: false },
      },
      renderTopRightUI: () => null,
    }, menu);
  }

  const draw = () =>
    root.render(createElement(Board, { theme: pageTheme(model), readOnly: !!model.get("read_only") }));
  draw();

  const onScene = () => {
    const text = model.get("scene") || "";
    if (text === lastSent) return;
    lastSent = text;
    const scene = parseScene(text);
    lastSig = signature(scene.elements);
    if (api) api.updateScene({ elements: scene.elements });
  };
  const onHeight = () => {
    box.style.height = `${model.get("height") || 520}px`;
  };
  model.on("change:scene", onScene);
  model.on("change:theme", draw);
  model.on("change:read_only", draw);
  model.on("change:height", onHeight);
  // Excalidraw's menu button is an icon without a name: give it one (screen readers, axe).
  const nameButtons = () => {
    for (const b of box.querySelectorAll(".main-menu-trigger:not([aria-label])")) {
      b.setAttribute("aria-label", "Board menu");
      b.title = "Board menu";
    }
  };
  const namer = new MutationObserver(nameButtons);
  namer.observe(box, { childList: true, subtree: true });
  const themeWatch = new MutationObserver(draw);
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ["data-iv-theme"] });
  const onHide = () => flush();
  box.addEventListener("pointerleave", onHide);
  box.addEventListener("focusout", onHide);
  document.addEventListener("visibilitychange", onHide);
  model.on("msg:custom", (msg) => {
    if (msg && msg.type === "flush") flush();
  });

  return () => {
    flush();
    namer.disconnect();
    themeWatch.disconnect();
    document.removeEventListener("visibilitychange", onHide);
    model.off("change:scene", onScene);
    model.off("change:theme", draw);
    model.off("change:read_only", draw);
    model.off("change:height", onHeight);
    root.unmount();
  };
}

export default { render };
