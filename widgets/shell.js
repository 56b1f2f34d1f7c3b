// The practice page's frame (widgets/shell.py): one small anywidget that gives the
// app's ipywidgets a page. It renders the toolbar's end (the interviewer toggle with
// its unread badge, the theme toggle, the shortcut list button, the live region) and,
// on the `.interview-app` around it, adds what needs no kernel round trip: tab
// switching, resizable split panes, the theme (remembered), the page title, `?` for
// the shortcut list and announcements of verdicts and interviewer replies.
//
// It only sets attributes on the widgets' elements and appends absolutely placed
// splitter handles as their *last* children (ipywidgets inserts its children by
// index, so a trailing extra node never shifts them).

const THEME_KEY = "interview-theme";
const SIZES_KEY = "interview-pane-sizes";
const CHAT_KEY = "interview-chat-open";

const SHORTCUTS = [
  ["Ctrl/Cmd + Enter", "Run the examples and your test cases"],
  ["Ctrl/Cmd + Shift + Enter", "Submit (every test, recorded)"],
  ["Esc", "Stop a run in progress"],
  ["Tab (in the editor)", "Indent the line"],
  ["Esc, then Tab", "Leave the editor (move focus on)"],
  ["Alt + 1 / 2 / 3", "Description, Submissions, Notes"],
  ["Alt + I", "Go to the interviewer's message box"],
  ["?", "This list (outside text fields)"],
];

function readStore(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStore(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

function prefersLight() {
  return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: light)").matches);
}

function effectiveTheme() {
  const chosen = document.documentElement.dataset.ivTheme;
  return chosen === "light" || chosen === "dark" ? chosen : prefersLight() ? "light" : "dark";
}

function applyStoredTheme() {
  const stored = readStore(THEME_KEY);
  if (stored === "light" || stored === "dark") document.documentElement.dataset.ivTheme = stored;
  else delete document.documentElement.dataset.ivTheme;
}

function isTextField(target) {
  if (!target || !target.closest) return false;
  if (target.isContentEditable || target.closest(".cm-editor")) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  return !["button", "checkbox", "radio", "submit", "reset"].includes(target.type);
}

function el(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function render({ model, el: root }) {
  root.classList.add("iv-shell-host");
  applyStoredTheme();

  // -- the toolbar's end ----------------------------------------------------------------
  const chatToggle = el("button", {
    type: "button",
    class: "iv-tool iv-chat-toggle",
    "aria-pressed": "true",
    title: "Show or hide the interviewer (Alt+I goes to its message box)",
  });
  const chatLabel = el("span", {}, "Interviewer");
  const badge = el("span", { class: "iv-unread", hidden: "" });
  chatToggle.append(chatLabel, badge);

  const themeButton = el("button", { type: "button", class: "iv-tool iv-theme-toggle" });
  const keysButton = el("button", {
    type: "button",
    class: "iv-tool iv-shortcuts-button",
    "aria-haspopup": "dialog",
    title: "Keyboard shortcuts (?)",
  }, "?");
  keysButton.setAttribute("aria-label", "Keyboard shortcuts");

  const live = el("div", { class: "iv-live iv-visually-hidden", "aria-live": "polite", role: "status" });
  const alert = el("div", { class: "iv-live-verdict iv-visually-hidden", "aria-live": "assertive" });

  const dialog = el("dialog", { class: "iv-shortcuts", "aria-labelledby": "iv-shortcuts-title" });
  const heading = el("h2", { id: "iv-shortcuts-title" }, "Keyboard shortcuts");
  const list = el("dl");
  for (const [keys, what] of SHORTCUTS) list.append(el("dt", {}, keys), el("dd", {}, what));
  const close = el("button", { type: "button", class: "iv-tool iv-shortcuts-close" }, "Close");
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.append(heading, list, close);
  root.append(chatToggle, themeButton, keysButton, live, alert, dialog);

  function showTheme() {
    const theme = effectiveTheme();
    const other = theme === "dark" ? "light" : "dark";
    themeButton.textContent = theme === "dark" ? "Light" : "Dark";
    themeButton.setAttribute("aria-label", `Switch to the ${other} theme`);
    themeButton.title = `Switch to the ${other} theme (remembered in this browser)`;
    document.documentElement.style.colorScheme = theme;
  }
  themeButton.addEventListener("click", () => {
    const next = effectiveTheme() === "dark" ? "light" : "dark";
    // Remembered only when it differs from the system's; back to "follow" otherwise.
    const follows = (next === "light") === prefersLight();
    writeStore(THEME_KEY, follows ? null : next);
    if (follows) delete document.documentElement.dataset.ivTheme;
    else document.documentElement.dataset.ivTheme = next;
    showTheme();
  });
  const schemeQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: light)") : null;
  if (schemeQuery) schemeQuery.addEventListener("change", showTheme);
  showTheme();

  keysButton.addEventListener("click", () => dialog.showModal());

  // -- the app around it ----------------------------------------------------------------
  let app = null;
  let observer = null;
  let unread = 0;
  let aiSeen = -1;
  let verdictSeen = null;
  const cleanups = [];

  function chatOpen() {
    return !!app && !app.classList.contains("iv-chat-collapsed");
  }

  function setUnread(n) {
    unread = n;
    badge.hidden = n === 0;
    badge.textContent = n ? String(n) : "";
    chatToggle.setAttribute(
      "aria-label",
      n ? `Interviewer, ${n} unread message${n > 1 ? "s" : ""}` : "Interviewer",
    );
    chatToggle.dataset.unread = String(n);
  }
  setUnread(0);

  function setChatOpen(open, remember = true) {
    if (!app) return;
    app.classList.toggle("iv-chat-collapsed", !open);
    chatToggle.setAttribute("aria-pressed", open ? "true" : "false");
    if (open) setUnread(0);
    if (remember) writeStore(CHAT_KEY, open ? "1" : "0");
  }
  chatToggle.addEventListener("click", () => setChatOpen(!chatOpen()));

  function selectTab(tabset, name, focus = false) {
    if (!app) return;
    const bar = app.querySelector(`.iv-tabs[data-tabset="${tabset}"]`);
    if (!bar) return;
    for (const tab of bar.querySelectorAll("[role=tab]")) {
      const on = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    }
    for (const panel of app.querySelectorAll(`.iv-tabpanel[data-tabset="${tabset}"]`)) {
      panel.hidden = panel.dataset.tab !== name;
      panel.classList.toggle("iv-tab-hidden", panel.dataset.tab !== name);
    }
  }

  function wireTabs() {
    // Panels are ipywidgets boxes with classes iv-tabpanel iv-tabset-<set> iv-tab-<name>.
    for (const panel of app.querySelectorAll(".iv-tabpanel")) {
      const set = [...panel.classList].find((c) => c.startsWith("iv-tabset-"));
      const tab = [...panel.classList].find((c) => c.startsWith("iv-tab-") && c !== "iv-tab-hidden");
      if (!set || !tab) continue;
      panel.dataset.tabset = set.slice("iv-tabset-".length);
      panel.dataset.tab = tab.slice("iv-tab-".length);
      panel.id = `iv-panel-${panel.dataset.tabset}-${panel.dataset.tab}`;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", `iv-tabbtn-${panel.dataset.tabset}-${panel.dataset.tab}`);
    }
    for (const bar of app.querySelectorAll(".iv-tabs")) {
      let selected = null;
      for (const tab of bar.querySelectorAll("[role=tab]")) {
        tab.id = `iv-tabbtn-${bar.dataset.tabset}-${tab.dataset.tab}`;
        tab.setAttribute("aria-controls", `iv-panel-${bar.dataset.tabset}-${tab.dataset.tab}`);
        if (tab.getAttribute("aria-selected") === "true") selected = tab.dataset.tab;
      }
      const first = bar.querySelector("[role=tab]");
      selectTab(bar.dataset.tabset, selected || (first && first.dataset.tab));
    }
  }

  function onClick(event) {
    const tab = event.target.closest && event.target.closest(".iv-tabs [role=tab]");
    if (tab && app.contains(tab)) {
      selectTab(tab.closest(".iv-tabs").dataset.tabset, tab.dataset.tab);
    }
  }

  function onTabKey(event) {
    const tab = event.target.closest && event.target.closest(".iv-tabs [role=tab]");
    if (!tab || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    const tabs = [...tab.closest(".iv-tabs").querySelectorAll("[role=tab]")];
    let i = tabs.indexOf(tab);
    if (event.key === "ArrowLeft") i = (i - 1 + tabs.length) % tabs.length;
    if (event.key === "ArrowRight") i = (i + 1) % tabs.length;
    if (event.key === "Home") i = 0;
    if (event.key === "End") i = tabs.length - 1;
    event.preventDefault();
    selectTab(tab.closest(".iv-tabs").dataset.tabset, tabs[i].dataset.tab, true);
  }

  // -- split panes --------------------------------------------------------------------------
  const sizes = (() => {
    try {
      return JSON.parse(readStore(SIZES_KEY) || "{}") || {};
    } catch {
      return {};
    }
  })();
  const SPLITS = [
    // [pane class, css variable, axis, edge, label, min px, max fraction]
    [".iv-left", "--iv-left-w", "x", "end", "Resize the problem panel", 260, 0.6],
    [".iv-chat-pane", "--iv-chat-w", "x", "start", "Resize the interviewer panel", 220, 0.45],
    [".iv-console", "--iv-console-h", "y", "start", "Resize the console", 90, 0.8],
  ];

  function applySizes() {
    for (const [, variable] of SPLITS) {
      if (sizes[variable]) app.style.setProperty(variable, `${sizes[variable]}px`);
    }
  }

  function makeSplitter([selector, variable, axis, edge, label, min, maxFraction]) {
    const pane = app.querySelector(selector);
    if (!pane || pane.querySelector(":scope > .iv-splitter")) return;
    const handle = el("div", {
      class: `iv-splitter iv-splitter-${axis} iv-splitter-${edge}`,
      role: "separator",
      tabindex: "0",
      "aria-label": label,
      "aria-orientation": axis === "x" ? "vertical" : "horizontal",
      "aria-valuemin": "0",
      "aria-valuemax": "100",
    });
    const container = () => pane.parentElement.getBoundingClientRect();
    const current = () => {
      const r = pane.getBoundingClientRect();
      return axis === "x" ? r.width : r.height;
    };
    const setSize = (px) => {
      const total = axis === "x" ? container().width : container().height;
      const clamped = Math.round(Math.max(min, Math.min(px, total * maxFraction)));
      sizes[variable] = clamped;
      app.style.setProperty(variable, `${clamped}px`);
      handle.setAttribute("aria-valuenow", String(Math.round((100 * clamped) / total)));
      return clamped;
    };
    const save = () => writeStore(SIZES_KEY, JSON.stringify(sizes));
    handle.addEventListener("pointerdown", (event) => {
      event.preventDefault();
      handle.setPointerCapture(event.pointerId);
      const start = axis === "x" ? event.clientX : event.clientY;
      const from = current();
      const sign = edge === "end" ? 1 : -1;
      app.classList.add("iv-resizing");
      const move = (e) => setSize(from + sign * ((axis === "x" ? e.clientX : e.clientY) - start));
      const up = () => {
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", up);
        handle.removeEventListener("pointercancel", up);
        app.classList.remove("iv-resizing");
        save();
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", up);
      handle.addEventListener("pointercancel", up);
    });
    handle.addEventListener("keydown", (event) => {
      const grow = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!grow) return;
      event.preventDefault();
      const sign = edge === "end" ? 1 : -1;
      setSize(current() + sign * grow * 24);
      save();
    });
    handle.setAttribute("aria-valuenow", "50");
    pane.append(handle);
    requestAnimationFrame(() => {
      const total = axis === "x" ? container().width : container().height;
      if (total) handle.setAttribute("aria-valuenow", String(Math.round((100 * current()) / total)));
    });
  }

  // -- announcements: verdicts and interviewer replies ----------------------------------------
  function say(region, text) {
    region.textContent = "";
    // A fresh text node after a tick: screen readers announce a change, not a repeat.
    setTimeout(() => {
      region.textContent = text;
    }, 50);
  }

  function watch() {
    const log = app.querySelector(".interview-chat-log");
    const ai = log ? log.querySelectorAll(".iv-msg.iv-ai") : [];
    if (aiSeen < 0) aiSeen = ai.length; // the messages already there when the page opened
    if (ai.length > aiSeen) {
      const fresh = ai.length - aiSeen;
      aiSeen = ai.length;
      say(live, `Interviewer: ${ai[ai.length - 1].textContent}`);
      if (!chatOpen()) setUnread(unread + fresh);
    } else if (ai.length < aiSeen) {
      aiSeen = ai.length;
    }
    const summary = app.querySelector(".interview-results .iv-summary");
    const verdict = summary ? `${summary.dataset.verdict}|${summary.textContent}` : "";
    if (verdictSeen === null) verdictSeen = verdict; // what the page opened with (a restore)
    else if (summary && verdict !== verdictSeen) {
      verdictSeen = verdict;
      // A new result (even one too quick to see the button's state change) comes forward.
      selectTab("console", "result");
      say(alert, `Result: ${summary.textContent}`);
    }
    const run = app.querySelector(".interview-run");
    const state = run ? run.dataset.state : "";
    if (state && state !== app.dataset.runState) {
      if (state === "running" || state === "queued") selectTab("console", "result");
      app.dataset.runState = state;
    }
  }

  // -- keys ----------------------------------------------------------------------------------
  function onKey(event) {
    if (!app || !document.body.contains(app)) return;
    if (event.key === "?" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (isTextField(event.target) || dialog.open) return;
      event.preventDefault();
      dialog.showModal();
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const tabs = { Digit1: "description", Digit2: "submissions", Digit3: "notes" };
      if (tabs[event.code]) {
        event.preventDefault();
        selectTab("left", tabs[event.code], true);
      } else if (event.code === "KeyI") {
        event.preventDefault();
        setChatOpen(true);
        const input = app.querySelector(".interview-chat-input input");
        if (input) input.focus();
      }
    }
  }

  function attach() {
    app = root.closest(".interview-app");
    if (!app) return false;
    const title = model.get("page_title");
    if (title) document.title = title;
    document.documentElement.classList.add("iv-app-page");
    applySizes();
    const open = readStore(CHAT_KEY);
    setChatOpen(open === null ? window.innerWidth >= 1100 : open === "1", false);
    app.addEventListener("click", onClick);
    app.addEventListener("keydown", onTabKey);
    document.addEventListener("keydown", onKey);
    cleanups.push(() => {
      app.removeEventListener("click", onClick);
      app.removeEventListener("keydown", onTabKey);
      document.removeEventListener("keydown", onKey);
    });
    let pending = false;
    observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        settle();
      });
    });
    observer.observe(app, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-state", "data-verdict"] });
    settle();
    // The kernel builds what can wait (the test-case form) once the page is interactive.
    setTimeout(() => model.send({ type: "ready" }), 0);
    return true;
  }

  let wired = false;
  function settle() {
    // The widgets render asynchronously: wire tabs and splitters once their panes exist.
    if (!wired && app.querySelector(".iv-tabs") && app.querySelector(".iv-console")) {
      wired = true;
      wireTabs();
    }
    for (const split of SPLITS) makeSplitter(split);
    watch();
    app.classList.add("iv-ready");
  }

  function tryAttach(attempt = 0) {
    if (attach()) return;
    if (attempt < 200) requestAnimationFrame(() => tryAttach(attempt + 1));
  }
  tryAttach();

  const onMessage = (msg) => {
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "select" && typeof msg.tabset === "string") selectTab(msg.tabset, msg.tab);
    if (msg.type === "announce" && typeof msg.text === "string") say(live, msg.text);
    if (msg.type === "open-chat") setChatOpen(true);
  };
  model.on("msg:custom", onMessage);
  const onTitle = () => {
    const title = model.get("page_title");
    if (title) document.title = title;
  };
  model.on("change:page_title", onTitle);
  const onQuery = () => {
    const wanted = model.get("query") || {};
    if (!Object.keys(wanted).length) return;
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(wanted)) {
      if (value === null || value === undefined || value === "") params.delete(key);
      else params.set(key, String(value));
    }
    const search = params.toString();
    const url = window.location.pathname + (search ? `?${search}` : "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(window.history.state, "", url);
    }
  };
  model.on("change:query", onQuery);
  onQuery();

  return () => {
    if (observer) observer.disconnect();
    for (const fn of cleanups) fn();
    if (schemeQuery) schemeQuery.removeEventListener("change", showTheme);
    model.off("msg:custom", onMessage);
    model.off("change:page_title", onTitle);
    model.off("change:query", onQuery);
  };
}

export default { render };
