// The dashboard's mock interviews: the next one announced, the upcoming ones in the
// browser's time zone with their start links, and forms to schedule, move or cancel.
// Python answers every request with {ok} or {error}; the list comes back as a trait.

const MODES = [["coding", "Coding"], ["design", "System design"], ["behavioral", "Behavioural"]];
const DIFFICULTIES = [["medium", "Medium"], ["easy", "Easy"], ["hard", "Hard"], ["", "Any difficulty"]];
const LENGTHS = [30, 45, 60, 90];

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

function field(label, input) {
  return el("label", { class: "iksch-field" }, el("span", { text: label }), input);
}

function select(options, value) {
  const s = el("select");
  for (const [v, text] of options) s.append(el("option", { value: v, text }));
  s.value = value;
  return s;
}

const pad = (n) => String(n).padStart(2, "0");
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const isoTime = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function when(iso) {
  return new Date(iso).toLocaleString(undefined, {
    weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
  });
}

function title(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : "Any";
}

function render({ model, el: root }) {
  root.classList.add("iksch");
  const status = el("p", { class: "iksch-status", role: "status" });
  const banner = el("p", { class: "iksch-banner interview-mock-banner" });
  const list = el("div", { class: "iksch-list" });
  let busy = false;

  function send(msg) {
    if (busy) return;
    busy = true;
    status.textContent = "Working\u2026";
    model.send(msg);
  }

  // -- the schedule form ----------------------------------------------------------------
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const date = el("input", { type: "date", class: "iksch-date", value: isoDate(tomorrow), required: true });
  const time = el("input", { type: "time", class: "iksch-time", value: "15:00", required: true });
  const weeks = el("input", { type: "number", class: "iksch-weeks", min: "1", max: "26", value: "1" });
  const mode = select(MODES, "coding");
  const difficulty = select(DIFFICULTIES, "medium");
  const minutes = select(LENGTHS.map((m) => [String(m), `${m} minutes`]), "45");
  const form = el("form", { class: "iksch-form", "aria-label": "Schedule a mock interview" },
    field("Date", date), field("Time", time), field("Kind", mode), field("Difficulty", difficulty),
    field("Length", minutes), field("Weeks in a row", weeks),
    el("button", { type: "submit", class: "iksch-primary iksch-schedule", text: "Schedule" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send({ schedule: {
      date: date.value, time: time.value, tz: zone(), weeks: Number(weeks.value) || 1,
      mode: mode.value, difficulty: difficulty.value, minutes: Number(minutes.value),
    } });
  });

  // -- the list ---------------------------------------------------------------------------
  function row(iv) {
    const start = el("a", {
      href: iv.href, class: "iksch-start",
      text: iv.can_start ? "Start now" : "Start link",
      title: iv.can_start ? "Start this mock interview" : "The link opens 15 minutes before",
    });
    const actions = el("div", { class: "iksch-actions" });
    const move = el("button", { type: "button", class: "iksch-move", text: "Reschedule" });
    const cancel = el("button", { type: "button", class: "iksch-cancel", text: "Cancel" });
    actions.append(start, move, cancel);
    const whenText = el("span", { class: "iksch-when", text: when(iv.starts_at) });
    const what = el("span", { class: "iksch-what",
      text: `${MODES.find(([v]) => v === iv.mode)?.[1] || iv.mode} \u00b7 ${title(iv.difficulty)} \u00b7 ${iv.minutes} min` });
    const item = el("li", { class: "iksch-item", "data-id": iv.id }, whenText, what, actions);

    move.addEventListener("click", () => {
      const local = new Date(iv.starts_at);
      const d = el("input", { type: "date", value: isoDate(local), "aria-label": "New date" });
      const tm = el("input", { type: "time", value: isoTime(local), "aria-label": "New time" });
      const save = el("button", { type: "submit", class: "iksch-primary", text: "Move" });
      const keep = el("button", { type: "button", text: "Keep the time" });
      const edit = el("form", { class: "iksch-inline", "aria-label": "Reschedule this mock interview" }, d, tm, save, keep);
      edit.addEventListener("submit", (event) => {
        event.preventDefault();
        send({ reschedule: { id: iv.id, date: d.value, time: tm.value, tz: zone() } });
      });
      keep.addEventListener("click", () => { edit.remove(); move.focus(); });
      item.querySelector(".iksch-inline")?.remove();
      item.append(edit);
      d.focus();
    });
    cancel.addEventListener("click", () => {
      const yes = el("button", { type: "button", class: "iksch-danger", text: "Yes, cancel it" });
      const no = el("button", { type: "button", text: "Keep it" });
      const ask = el("div", { class: "iksch-inline", role: "group", "aria-label": "Confirm cancelling" },
        el("span", { text: "Cancel this mock interview?" }), yes, no);
      yes.addEventListener("click", () => send({ cancel: iv.id }));
      no.addEventListener("click", () => { ask.remove(); cancel.focus(); });
      item.querySelector(".iksch-inline")?.remove();
      item.append(ask);
      no.focus();
    });
    return item;
  }

  function draw() {
    const b = model.get("banner");
    banner.replaceChildren();
    if (b && b.text) {
      banner.append(el("span", { text: b.text }), " ",
        el("a", { href: b.href, class: "iksch-banner-start", text: "Start the mock interview" }));
      banner.hidden = false;
    } else banner.hidden = true;
    const items = model.get("interviews");
    const error = model.get("error");
    if (error) {
      list.replaceChildren(el("p", { class: "iksch-error", text: error }));
    } else if (!items.length) {
      list.replaceChildren(el("p", { class: "iksch-empty", text: "No mock interviews scheduled. Schedule one below." }));
    } else {
      list.replaceChildren(el("ul", { class: "iksch-items", "aria-label": "Upcoming mock interviews" }, ...items.map(row)));
    }
  }

  model.on("msg:custom", (msg) => {
    busy = false;
    status.textContent = msg.ok || msg.error || "";
    status.classList.toggle("iksch-bad", Boolean(msg.error));
  });
  model.on("change:interviews", draw);
  model.on("change:banner", draw);
  model.on("change:error", draw);
  draw();
  root.append(banner, list, status,
    el("h3", { class: "iksch-heading", text: "Schedule a mock interview" }),
    el("p", { class: "iksch-zone", text: `Times are in your time zone (${zone()}). Reminders come 24 hours, 1 hour and 5 minutes before.` }),
    form);
}

export default { render };
