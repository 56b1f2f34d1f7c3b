// The Submissions tab: a list of the user's Submits of this problem (newest first).
// Each row is a button; opening one asks Python for its code and its diff with the
// submission before, shown under the row. "Load into editor" sends only the id.

const VERDICTS = {
  AC: "Accepted", WA: "Wrong Answer", TLE: "Time Limit Exceeded", MLE: "Memory Limit Exceeded",
  OLE: "Output Limit Exceeded", RE: "Runtime Error", CE: "Compile Error", IE: "Internal Error",
};
const LANGUAGES = { python: "Python", javascript: "JavaScript", cpp: "C++", java: "Java" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function when(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function runtime(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function render({ model, el: root }) {
  root.classList.add("iks");
  const status = el("p", { class: "iks-status", role: "status" });
  const count = el("p", { class: "iks-count" });
  const list = el("ul", { class: "iks-list", "aria-label": "Your submissions of this problem" });
  root.append(count, status, list);
  let openId = null;
  let detailNode = null;

  function closeDetail() {
    if (detailNode) detailNode.remove();
    detailNode = null;
    for (const b of list.querySelectorAll("button.iks-row")) b.setAttribute("aria-expanded", "false");
  }

  function draw() {
    const items = model.get("items");
    const error = model.get("error");
    status.textContent = error;
    status.hidden = !error;
    count.textContent = items.length === 1 ? "1 submission" : `${items.length} submissions`;
    if (!items.length) {
      count.textContent = "No submissions yet. Submit your code to see it here.";
    }
    const rows = items.map((s) => {
      const verdict = VERDICTS[s.verdict] || s.verdict;
      const button = el("button", {
        type: "button", class: "iks-row", "aria-expanded": "false", "data-id": s.id,
      },
        el("span", { class: `iks-verdict iks-${s.verdict}`, text: verdict }),
        el("span", { class: "iks-lang", text: LANGUAGES[s.language] || s.language }),
        el("span", { class: "iks-passed" }, `${s.passed}/${s.total}`, el("span", { class: "iks-sr", text: " tests passed" })),
        el("span", { class: "iks-time", text: runtime(s.time_ms) }),
        el("span", { class: "iks-date", text: when(s.submitted_at) }));
      button.addEventListener("click", () => {
        if (openId === s.id) { openId = null; closeDetail(); return; }
        openId = s.id;
        closeDetail();
        button.setAttribute("aria-expanded", "true");
        detailNode = el("div", { class: "iks-detail", "data-id": s.id }, el("p", { class: "iks-loading", text: "Loading\u2026" }));
        li.append(detailNode);
        model.send({ open: s.id });
      });
      const li = el("li", { class: "interview-submission", "data-id": s.id, "data-verdict": s.verdict }, button);
      return li;
    });
    list.replaceChildren(...rows);
    if (openId !== null && !items.some((s) => s.id === openId)) openId = null;
    if (openId !== null) {
      const again = list.querySelector(`button.iks-row[data-id="${openId}"]`);
      openId = null;
      again?.click();
    }
  }

  function showDetail(d) {
    if (!detailNode || Number(detailNode.dataset.id) !== d.id) return;
    const load = el("button", { type: "button", class: "iks-load interview-submission-load", text: "Load into editor" });
    load.addEventListener("click", () => { load.disabled = true; model.send({ load: d.id }); });
    const code = el("pre", { class: "iks-code", tabindex: "0", "aria-label": "Code of this submission" },
      el("code", { text: d.code }));
    const parts = [
      el("div", { class: "iks-actions" }, load, el("span", { class: "iks-note", role: "status" })),
      el("h4", { class: "iks-heading", text: `Code (${LANGUAGES[d.language] || d.language})` }),
      code,
    ];
    parts.push(el("h4", { class: "iks-heading", text: "Changes since the previous submission" }));
    if (d.diff === null) {
      parts.push(el("p", { class: "iks-muted", text: "This is your first submission of this problem." }));
    } else if (!d.diff.length) {
      parts.push(el("p", { class: "iks-muted", text: "Same code as the previous submission." }));
    } else {
      const pre = el("pre", { class: "iks-diff", tabindex: "0", "aria-label": "Changes since the previous submission" });
      for (const [kind, text] of d.diff) {
        const prefix = kind === "add" ? "Added: " : kind === "del" ? "Removed: " : "";
        const line = el("span", { class: `iks-d iks-d-${kind}` });
        if (prefix) line.append(el("span", { class: "iks-sr", text: prefix }));
        line.append(text);
        pre.append(line, "\n");
      }
      parts.push(pre);
    }
    detailNode.replaceChildren(...parts);
  }

  model.on("msg:custom", (msg) => {
    if (msg.detail) showDetail(msg.detail);
    else if (msg.loaded !== undefined) {
      const note = detailNode?.querySelector(".iks-note");
      if (note) note.textContent = "Loaded into the editor.";
      const load = detailNode?.querySelector(".iks-load");
      if (load) load.disabled = false;
    } else if (msg.error) {
      const note = detailNode?.querySelector(".iks-note") || detailNode;
      if (note) note.textContent = msg.error;
      else { status.textContent = msg.error; status.hidden = false; }
      const load = detailNode?.querySelector(".iks-load");
      if (load) load.disabled = false;
    }
  });
  model.on("change:items", draw);
  model.on("change:error", draw);
  draw();
}

export default { render };
