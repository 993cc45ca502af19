// A small, dependency-free, keyboard-accessible timeline: one lane per agency.
//
// Points come from /api/reviews/REF/timeline (dates, lanes and categories only). When few
// entries are in view each is drawn as a focusable mark (Tab to it, Enter opens it in the
// table); when many are, the lanes show how many entries fall in each slice of time and the
// status line says to zoom in. Arrow keys pan, + and - zoom, Home shows everything; the
// buttons do the same; the mouse can drag to pan.

const DAY = 86400000;
const MAX_MARKS = 400;
const GUTTER = 190;
const LANE = 30;
const AXIS = 34;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}

function ukDate(day) {
  const date = new Date(day * DAY);
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

function escapeText(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function ticks(start, end) {
  // Year ticks for long spans, month ticks for shorter ones, day ticks when very short.
  const span = end - start;
  const out = [];
  const first = new Date(start * DAY);
  if (span > 365 * 3) {
    for (let y = first.getUTCFullYear(); ; y++) {
      const day = Date.UTC(y, 0, 1) / DAY;
      if (day > end) break;
      if (day >= start) out.push([day, String(y)]);
    }
  } else if (span > 45) {
    const step = span > 400 ? 3 : 1;
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m += step) {
      const day = Date.UTC(y, m, 1) / DAY;
      if (day > end) break;
      const d = new Date(day * DAY);
      if (day >= start) out.push([day, `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`]);
    }
  } else {
    const step = span > 14 ? 7 : 1;
    for (let day = Math.ceil(start); day <= end; day += step) out.push([day, ukDate(day).slice(0, 5)]);
  }
  return out;
}

class Timeline {
  constructor(root) {
    this.root = root;
    this.canvas = root.querySelector(".app-timeline__canvas");
    this.status = root.querySelector("#timeline-status");
    this.tableUrl = root.dataset.table;
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute("role", "group");
    this.canvas.setAttribute("aria-label", "Timeline of the merged chronology");
    this.canvas.setAttribute("aria-describedby", "timeline-help timeline-status");
    root.querySelectorAll("[data-action]").forEach((button) =>
      button.addEventListener("click", () => this.act(button.dataset.action)),
    );
    this.canvas.addEventListener("keydown", (event) => this.key(event));
    this.canvas.addEventListener("click", (event) => this.clickMark(event));
    this.canvas.addEventListener("pointerdown", (event) => this.dragStart(event));
    window.addEventListener("resize", () => this.render());
    this.say("Loading the timeline…");
    fetch(root.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then((data) => this.load(data))
      .catch(() => this.say("The timeline could not be loaded. The table below has every entry."));
  }

  say(text) {
    this.status.textContent = text;
  }

  load(data) {
    this.lanes = data.lanes;
    this.categories = data.categories || {};
    this.evidence = new Set(data.evidence || []);
    this.points = data.points.map(([seq, lane, first, last, category, precision]) => ({
      seq, lane, first: dayNumber(first), last: dayNumber(last), category, precision,
    }));
    if (!this.points.length) {
      this.say("No entries to show.");
      return;
    }
    this.min = Math.min(...this.points.map((p) => p.first)) - 15;
    this.max = Math.max(...this.points.map((p) => p.last)) + 15;
    this.reset();
  }

  reset() {
    this.start = this.min;
    this.end = this.max;
    this.render();
  }

  act(action) {
    if (!this.points || !this.points.length) return;
    const span = this.end - this.start;
    const middle = (this.start + this.end) / 2;
    if (action === "zoom-in") this.setView(middle - span / 4, middle + span / 4);
    if (action === "zoom-out") this.setView(middle - span, middle + span);
    if (action === "earlier") this.setView(this.start - span / 3, this.end - span / 3);
    if (action === "later") this.setView(this.start + span / 3, this.end + span / 3);
    if (action === "reset") this.reset();
  }

  setView(start, end) {
    const span = Math.max(7, Math.min(end - start, (this.max - this.min) * 1.2));
    const middle = Math.min(Math.max((start + end) / 2, this.min), this.max);
    this.start = middle - span / 2;
    this.end = middle + span / 2;
    this.render();
  }

  key(event) {
    const keys = {
      ArrowLeft: "earlier", ArrowRight: "later", "+": "zoom-in", "=": "zoom-in",
      "-": "zoom-out", _: "zoom-out", Home: "reset",
    };
    if (event.key === "Enter" && event.target.dataset && event.target.dataset.seq) {
      event.preventDefault();
      this.open(Number(event.target.dataset.seq));
      return;
    }
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    this.act(action);
    this.canvas.focus();
  }

  clickMark(event) {
    const mark = event.target.closest && event.target.closest("[data-seq]");
    if (mark && !this.dragged) this.open(Number(mark.dataset.seq));
  }

  dragStart(event) {
    if (event.button !== 0 || !this.points) return;
    const startX = event.clientX;
    const view = [this.start, this.end];
    const perPixel = (this.end - this.start) / Math.max(1, this.plotWidth);
    this.dragged = false;
    const move = (e) => {
      const dx = e.clientX - startX;
      if (Math.abs(dx) > 3) this.dragged = true;
      if (this.dragged) {
        this.start = view[0] - dx * perPixel;
        this.end = view[1] - dx * perPixel;
        this.render();
      }
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      setTimeout(() => { this.dragged = false; }, 0);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  open(seq) {
    const url = this.tableUrl + (this.tableUrl.includes("?") ? "&" : "?") + `around=${seq}`;
    const focusRow = () => {
      const row = document.getElementById(`entry-${seq}`);
      if (row) {
        row.scrollIntoView({ block: "center" });
        row.focus();
      }
    };
    if (window.htmx) {
      window.htmx
        .ajax("GET", url, { target: "#chronology-table", swap: "innerHTML", headers: { "HX-Target": "chronology-table" } })
        .then(focusRow);
    } else {
      window.location.href = `${url}#entry-${seq}`;
    }
  }

  label(point) {
    const lane = this.lanes[point.lane] || "";
    const category = this.categories[point.category] || point.category.replace(/_/g, " ");
    const when = point.first === point.last ? ukDate(point.first) : `${ukDate(point.first)} to ${ukDate(point.last)}`;
    const evidence = this.evidence.has(point.seq) ? ", evidence of a finding" : "";
    return `Entry ${point.seq}: ${when}, ${lane}, ${category}${evidence}`;
  }

  render() {
    if (!this.points || !this.points.length) return;
    const width = Math.max(320, this.canvas.clientWidth);
    const plot = width - GUTTER - 10;
    this.plotWidth = plot;
    const height = AXIS + this.lanes.length * LANE + 6;
    const scale = plot / (this.end - this.start);
    const x = (day) => GUTTER + (day - this.start) * scale;
    const visible = this.points.filter((p) => p.last >= this.start && p.first <= this.end);
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="presentation">`];
    this.lanes.forEach((name, i) => {
      const y = AXIS + i * LANE;
      parts.push(`<rect class="lane-bg${i % 2 ? " lane-bg--alt" : ""}" x="0" y="${y}" width="${width}" height="${LANE}"></rect>`);
      const short = name.length > 24 ? `${name.slice(0, 23)}…` : name;
      parts.push(`<text class="lane-label" x="6" y="${y + 19}">${escapeText(short)}<title>${escapeText(name)}</title></text>`);
    });
    for (const [day, text] of ticks(this.start, this.end)) {
      const tx = x(day);
      parts.push(`<line class="grid-line" x1="${tx}" x2="${tx}" y1="${AXIS - 6}" y2="${height}"></line>`);
      parts.push(`<text class="axis-label" x="${tx + 3}" y="${AXIS - 12}">${escapeText(text)}</text>`);
    }
    parts.push(`<line class="axis-line" x1="${GUTTER}" x2="${width}" y1="${AXIS - 6}" y2="${AXIS - 6}"></line>`);
    if (visible.length <= MAX_MARKS) {
      for (const p of visible) {
        const x1 = Math.max(GUTTER, x(p.first));
        const w = Math.max(6, x(p.last + 1) - x1);
        const y = AXIS + p.lane * LANE + 6;
        const uncertain = p.precision !== "day" ? " mark--uncertain" : "";
        const evidence = this.evidence.has(p.seq) ? " mark--evidence" : "";
        parts.push(
          `<rect class="mark app-agency-${p.lane % 12}${uncertain}${evidence}" data-seq="${p.seq}" tabindex="0" role="button" aria-label="${escapeText(this.label(p))}" x="${x1}" y="${y}" width="${w}" height="${LANE - 12}"><title>${escapeText(this.label(p))}</title></rect>`,
        );
      }
      this.say(`${visible.length} entries from ${ukDate(this.start)} to ${ukDate(this.end)}. Tab to an entry and press Enter to show it in the table.`);
    } else {
      const bins = Math.max(20, Math.floor(plot / 8));
      const size = (this.end - this.start) / bins;
      const counts = this.lanes.map(() => new Array(bins).fill(0));
      for (const p of visible) {
        const b = Math.min(bins - 1, Math.max(0, Math.floor((p.first - this.start) / size)));
        counts[p.lane][b] += 1;
      }
      const peak = Math.max(1, ...counts.flat());
      counts.forEach((row, lane) => {
        row.forEach((n, b) => {
          if (!n) return;
          const h = Math.max(2, Math.round((LANE - 8) * Math.sqrt(n / peak)));
          const y = AXIS + lane * LANE + (LANE - h) / 2;
          parts.push(`<rect class="bin app-agency-${lane % 12}" aria-hidden="true" x="${GUTTER + b * (plot / bins)}" y="${y}" width="${Math.max(2, plot / bins - 1)}" height="${h}"></rect>`);
        });
      });
      this.say(`${visible.length} entries from ${ukDate(this.start)} to ${ukDate(this.end)}, shown as how many fall in each period. Zoom in to fewer than ${MAX_MARKS} to pick single entries.`);
    }
    parts.push("</svg>");
    this.canvas.innerHTML = parts.join("");
  }
}

export function initTimelines(scope) {
  scope.querySelectorAll('[data-module="app-timeline"]').forEach((root) => new Timeline(root));
}
