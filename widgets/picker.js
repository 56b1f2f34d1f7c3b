// The problem picker: one anywidget that renders, searches, filters and sorts the
// whole bank in the browser (no kernel round trip per keystroke). Each problem is a
// real link (?problem=<id>, so a new tab, a copied link or a reload opens it), but a
// plain click is sent to Python, which swaps the app into this page: its kernel is
// already warm, whereas a new page would wait for Voila to preheat another one. In
// Voila the address then becomes the problem's own (history.pushState), and Back
// reloads the page at the picker's address.

const DIFFICULTIES = ["easy", "medium", "hard"];
const STATUS_LABEL = { solved: "Solved", attempted: "Attempted", todo: "Not tried" };
const STATUS_ICON = { solved: "\u2713", attempted: "\u25D0", todo: "" };
const FILTER_KEYS = ["q", "difficulty", "topic", "company", "status", "sort"];

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

function title(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

function select(label, cls, options, value) {
  const s = el("select", { class: cls, "aria-label": label });
  for (const [v, text] of options) s.append(el("option", { value: v, text }));
  s.value = options.some(([v]) => v === value) ? value : options[0][0];
  return s;
}

function initialFilters() {
  // Filters live in the page's own query string, so Back from a problem restores them.
  const q = new URLSearchParams(window.location.search);
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, q.get(k) || ""]));
}

function keepFilters(state) {
  if (!window.location.pathname.includes("/voila/render/")) return;
  const q = new URLSearchParams(window.location.search);
  for (const k of FILTER_KEYS) {
    if (state[k]) q.set(k, state[k]);
    else q.delete(k);
  }
  const search = q.toString();
  window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
}

let backReloads = false;

function render({ model, el: root }) {
  const voila = window.location.pathname.includes("/voila/render/");
  if (voila && !backReloads) {
    backReloads = true;
    window.addEventListener("popstate", () => window.location.reload());
  }
  const problems = model.get("problems");
  const state = initialFilters();
  const uniq = (key) => [...new Set(problems.flatMap((p) => p[key]))].sort((a, b) => a.localeCompare(b));

  const notice = el("div", { class: "ivp-notice", role: "status" });
  const message = model.get("message");
  if (message) {
    notice.append(el("span", { text: message }));
    const suggestions = model.get("suggestions");
    if (suggestions.length) {
      notice.append(" Did you mean ");
      suggestions.forEach((s, i) => {
        if (i) notice.append(i === suggestions.length - 1 ? " or " : ", ");
        notice.append(el("a", { href: s.href, class: "ivp-suggestion", "data-problem": s.id, text: s.title }));
      });
      notice.append("?");
    }
  } else {
    notice.hidden = true;
  }

  const nav = el("nav", { class: "ivp-nav", "aria-label": "Pages" });
  const dashboard = model.get("dashboard");
  if (dashboard) nav.append(el("a", { href: dashboard, text: "Dashboard" }));
  else nav.hidden = true;

  const mock = model.get("mock");
  const mockNote = el("div", { class: "ivp-mock", role: "status" });
  if (mock.text) {
    mockNote.append(el("span", { text: mock.text }), " ", el("a", { href: mock.href, class: "ivp-mock-start", text: "Start the mock interview" }));
  } else {
    mockNote.hidden = true;
  }

  const counts = el("p", { class: "ivp-counts" });
  for (const d of DIFFICULTIES) {
    const all = problems.filter((p) => p.difficulty === d);
    if (!all.length) continue;
    const solved = all.filter((p) => p.status === "solved").length;
    counts.append(
      el("span", { class: `iv-badge iv-${d}`, text: `${title(d)} ${all.length}` }),
      el("span", { class: "ivp-count-solved", text: `${solved} solved` }),
    );
  }

  const search = el("input", {
    type: "search",
    class: "interview-picker-search",
    placeholder: "Search title, topic or company",
    "aria-label": "Search problems",
    value: state.q,
  });
  const difficulty = select("Difficulty", "ivp-difficulty",
    [["", "All difficulties"], ...DIFFICULTIES.map((d) => [d, title(d)])], state.difficulty);
  const topic = select("Topic", "ivp-topic", [["", "All topics"], ...uniq("topics").map((t) => [t, t])], state.topic);
  const company = select("Company", "ivp-company",
    [["", "All companies"], ...uniq("companies").map((c) => [c, c])], state.company);
  const status = select("Status", "ivp-status",
    [["", "Any status"], ["solved", "Solved"], ["attempted", "Attempted"], ["todo", "Not tried"]], state.status);
  const sort = select("Sort by", "ivp-sort",
    [["title", "Sort: title"], ["difficulty", "Sort: difficulty"], ["acceptance", "Sort: acceptance"]], state.sort);
  const controls = el("div", { class: "ivp-controls", role: "search" }, search, difficulty, topic, company, status, sort);
  const shown = el("p", { class: "ivp-shown", "aria-live": "polite" });
  const list = el("ul", { class: "ivp-list", "aria-label": "Problems" });

  const items = problems.map((p) => {
    const st = p.status || "todo";
    const link = el("a", { href: p.href, class: "ivp-link", text: p.title });
    link.addEventListener("click", (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (voila) window.history.pushState(null, "", p.href);
      model.send({ pick: p.id });
    });
    const acceptance = p.acceptance === null ? "\u2013" : `${Math.round(p.acceptance * 100)}%`;
    const li = el("li", { class: "interview-picker-item", "data-problem": p.id, "data-status": st },
      el("span", { class: `ivp-status ivp-${st}`, title: STATUS_LABEL[st], "aria-label": STATUS_LABEL[st],
        role: "img", text: STATUS_ICON[st] }),
      link,
      el("span", { class: `iv-badge iv-${p.difficulty}`, text: title(p.difficulty) }),
      el("span", { class: "ivp-topics", text: p.topics.join(", ") }),
      el("span", { class: "ivp-acceptance", title: "Acceptance", text: acceptance }));
    const haystack = [p.id, p.title, ...p.topics, ...p.companies].join(" ").toLowerCase();
    return { p, li, st, haystack };
  });

  const order = { easy: 0, medium: 1, hard: 2 };
  const byTitle = (a, b) => a.p.title.localeCompare(b.p.title);
  const sorters = {
    title: byTitle,
    difficulty: (a, b) => (order[a.p.difficulty] ?? 3) - (order[b.p.difficulty] ?? 3) || byTitle(a, b),
    // Highest acceptance first (easiest to get right); never-submitted problems last.
    acceptance: (a, b) => (b.p.acceptance ?? -1) - (a.p.acceptance ?? -1) || byTitle(a, b),
  };

  function update() {
    Object.assign(state, {
      q: search.value.trim(), difficulty: difficulty.value, topic: topic.value,
      company: company.value, status: status.value, sort: sort.value === "title" ? "" : sort.value,
    });
    const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    const visible = items
      .filter((it) => words.every((w) => it.haystack.includes(w)))
      .filter((it) => !state.difficulty || it.p.difficulty === state.difficulty)
      .filter((it) => !state.topic || it.p.topics.includes(state.topic))
      .filter((it) => !state.company || it.p.companies.includes(state.company))
      .filter((it) => !state.status || it.st === state.status)
      .sort(sorters[sort.value] || byTitle);
    list.replaceChildren(...visible.map((it) => it.li));
    shown.textContent = visible.length === items.length
      ? `${items.length} problems`
      : `${visible.length} of ${items.length} problems match`;
    keepFilters(state);
  }

  model.on("msg:custom", (msg) => {
    if (!msg.error) return;
    notice.replaceChildren(el("span", { text: msg.error }));
    notice.hidden = false;
  });
  search.addEventListener("input", update);
  for (const s of [difficulty, topic, company, status, sort]) s.addEventListener("change", update);
  update();
  root.append(nav, notice, mockNote, el("h2", { class: "ivp-heading", text: "Pick a problem" }), counts, controls, shown, list);
}

export default { render };
