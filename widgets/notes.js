// The Notes tab: a Markdown text box with Edit and Preview, autosaved. The text is
// sent to Python a moment after typing stops, and at once on leaving the box, on
// Preview and when the tab is hidden; Python saves it and renders the preview.

const DEBOUNCE_MS = 700;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function render({ model, el: root }) {
  root.classList.add("ikn");
  const edit = el("button", { type: "button", class: "ikn-tab ikn-edit", "aria-pressed": "true", text: "Edit" });
  const show = el("button", { type: "button", class: "ikn-tab ikn-show", "aria-pressed": "false", text: "Preview" });
  const status = el("span", { class: "ikn-status", role: "status" });
  const box = el("textarea", {
    class: "ikn-text interview-notes-text",
    "aria-label": "Your notes on this problem (Markdown)",
    placeholder: "Your notes on this problem: ideas, pitfalls, complexity. Markdown works: **bold**, `code`, lists.",
    spellcheck: "true",
  });
  box.value = model.get("body");
  const preview = el("div", { class: "ikn-preview", role: "region", "aria-label": "Preview of your notes", tabindex: "0" });
  preview.hidden = true;
  const error = el("p", { class: "ikn-error", role: "alert" });
  root.append(el("div", { class: "ikn-bar" }, edit, show, status), error, box, preview);

  let timer = null;
  let pending = false;

  function flush() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!pending) return;
    pending = false;
    if (box.value === model.get("body")) { status.textContent = "Saved"; return; }
    status.textContent = "Saving\u2026";
    model.set("body", box.value);
    model.save_changes();
  }

  function drawPreview() {
    preview.innerHTML = model.get("preview"); // rendered by Python with raw HTML escaped
    if (!box.value.trim()) preview.innerHTML = "<p class=\"ikn-empty\">Nothing to preview yet.</p>";
  }

  function mode(previewing) {
    if (previewing) flush();
    edit.setAttribute("aria-pressed", String(!previewing));
    show.setAttribute("aria-pressed", String(previewing));
    box.hidden = previewing;
    preview.hidden = !previewing;
    if (previewing) { drawPreview(); preview.focus(); } else box.focus();
  }

  box.addEventListener("input", () => {
    pending = true;
    status.textContent = "Unsaved changes";
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  box.addEventListener("blur", flush);
  edit.addEventListener("click", () => mode(false));
  show.addEventListener("click", () => mode(true));
  const hidden = () => { if (document.visibilityState === "hidden") flush(); };
  document.addEventListener("visibilitychange", hidden);
  window.addEventListener("pagehide", flush);

  model.on("change:saved", () => { if (!pending) status.textContent = "Saved"; });
  model.on("change:preview", () => { if (!preview.hidden) drawPreview(); });
  model.on("change:body", () => {
    // Only replace the text when it really differs (else the cursor jumps while typing).
    const body = model.get("body");
    if (!pending && box.value !== body) box.value = body;
  });
  const showError = () => { error.textContent = model.get("error"); error.hidden = !model.get("error"); };
  model.on("change:error", () => { showError(); if (model.get("error")) status.textContent = "Not saved"; });
  showError();

  return () => {
    flush();
    document.removeEventListener("visibilitychange", hidden);
    window.removeEventListener("pagehide", flush);
  };
}

export default { render };
