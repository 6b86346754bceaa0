// compare/: pick up to 4 reports from any provinces, see their figures as a chart and a table. Loaded only on this
// page; the index of reports is fetched on the search box's first focus, each province's figures when needed.
import {
  MAX_REPORTS,
  figureNumber,
  formatCompareState,
  indexRows,
  matchReports,
  parseCompareState,
  shardsOf,
} from "./compare-state.js";

const root = document.querySelector("[data-picker]");
const L = root && JSON.parse(root.getAttribute("data-labels"));
const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
};

let index = null;
const shards = new Map();
const fetchJson = (name) =>
  fetch(L.base + "compare-data/" + name + ".json").then((r) => {
    if (!r.ok) throw new Error(name);
    return r.json();
  });
const loadIndex = () => (index = index || fetchJson("units").then(indexRows));
const loadShard = (p) => {
  if (!shards.has(p)) shards.set(p, fetchJson(p));
  return shards.get(p);
};

// The language links carry the state, so switching language keeps the choice.
const carryQuery = () =>
  document.querySelectorAll("nav a[hreflang]").forEach((a) => {
    a.href = a.href.split("?")[0] + location.search;
  });

let state = parseCompareState(location.search);
let renderId = 0;
const input = root && root.querySelector("[data-picker-input]");
const matches = root && root.querySelector("[data-picker-matches]");
const chosenBox = root && root.querySelector("[data-picker-chosen]");
const message = root && root.querySelector("[data-picker-message]");
const results = root && root.querySelector("[data-picker-results]");

const rowLabel = (r) => (L.lang === "en" ? r[3] : r[2]) + " · " + r[5] + " " + L.stage[r[6]];

function commit(next) {
  state = next;
  history.pushState(null, "", location.pathname + formatCompareState(state));
  render();
}

function showMatches() {
  loadIndex().then((rows) => {
    const found = matchReports(rows, input.value);
    matches.replaceChildren(
      ...found.map((r) => {
        const b = el("button", { type: "button", "data-doc": r[0] }, rowLabel(r));
        b.addEventListener("click", () => {
          if (state.ids.indexOf(r[0]) >= 0) return;
          if (state.ids.length >= MAX_REPORTS) {
            message.textContent = fill(L.text["compare.full"], { max: MAX_REPORTS });
            return;
          }
          commit({ ids: state.ids.concat([r[0]]), extra: [], metric: state.metric });
        });
        return el("li", {}, b);
      }),
    );
    if (!found.length && input.value.trim()) matches.append(el("li", {}, L.text["compare.picker.no_match"]));
  });
}

function figureCell(doc, metric, f) {
  const [st, text, line, findings = []] = f;
  const td = el("td", { class: "num", "data-doc": doc, "data-state": st });
  td.append(st === "value" ? text : L.state[st] || st);
  if (findings.length) {
    const flag = el("span", { class: "flag", title: L.text["flag.title"] }, "⚑ ");
    findings.forEach((id, i) => flag.append(i ? " " : "", el("a", { href: L.reports + doc + "/#" + id }, id)));
    td.append(" ", flag);
  }
  const src = el("span", { class: "source-line" });
  src.append(el("a", { href: L.reports + doc + "/#m-" + metric }, L.text["compare.source"]));
  if (L.sources && line !== null)
    src.append(" · ", el("a", { href: L.sources + doc + "/#L" + line }, fill(L.text["source.line"], { line })));
  td.append(el("br"), src);
  return td;
}

// Horizontal bars drawn in HTML (readable at 320 px: labels wrap, text keeps its size); a bar's length is its figure
// on a scale from the smallest (or 0) to the largest (or 0). No bar for a blank, not disclosed or stated zero.
function chart(metricId, docs, rows, figures) {
  const at = Math.max(
    0,
    L.metrics.findIndex((x) => x.id === metricId),
  );
  const m = L.metrics[at];
  const items = docs.map((d) => ({ d, f: figures[d][at] }));
  const values = items.map((i) => (i.f && i.f[0] === "value" ? figureNumber(i.f[1]) : 0));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const pct = (v) => ((v - min) / (max - min || 1)) * 100;
  const fig = el("figure", { class: "compare-bars", "data-metric": m.id });
  fig.append(el("figcaption", {}, fill(L.text["compare.chart.title"], { metric: m.label })));
  for (const it of items) {
    const f = it.f;
    const track = el("span", { class: "cbar-track" });
    if (f && f[0] === "value") {
      const v = figureNumber(f[1]);
      const from = Math.min(pct(0), pct(v));
      const bar = el("span", { class: "cbar bar-" + rows.get(it.d)[6] });
      bar.style.left = from.toFixed(2) + "%";
      bar.style.width = Math.max(0.5, Math.abs(pct(v) - pct(0))).toFixed(2) + "%";
      track.append(bar);
    }
    const value =
      f && f[0] === "value"
        ? f[1]
        : fill(L.text["compare.chart.no_bar"], { state: L.state[f ? f[0] : "not_disclosed"] });
    fig.append(
      el(
        "div",
        { class: "cbar-row", "data-doc": it.d },
        el("span", { class: "cbar-label" }, rowLabel(rows.get(it.d))),
        track,
        el("span", { class: "cbar-value" }, value),
      ),
    );
  }
  return fig;
}

function render() {
  const id = ++renderId;
  carryQuery();
  if (!state.ids.length && !state.extra.length) {
    chosenBox.replaceChildren(el("p", {}, L.text["compare.picker.none"]));
    message.textContent = "";
    results.replaceChildren();
    return;
  }
  message.textContent = L.text["compare.picker.loading"];
  loadIndex()
    .then((list) => {
      const { known, unknown, provinces } = shardsOf(state.ids, list);
      return Promise.all(provinces.map(loadShard)).then((loaded) => ({ list, known, unknown, provinces, loaded }));
    })
    .then(({ list, known, unknown, loaded }) => {
      if (id !== renderId) return;
      const rows = new Map(list.map((r) => [r[0], r]));
      const figures = Object.assign({}, ...loaded);
      const notes = [];
      if (unknown.length) notes.push(fill(L.text["compare.unknown"], { ids: unknown.join(", ") }));
      if (state.extra.length)
        notes.push(fill(L.text["compare.too_many"], { max: MAX_REPORTS, ids: state.extra.join(", ") }));
      message.textContent = notes.join(" ");
      chosenBox.replaceChildren(
        ...known.map((d) => {
          const box = el("input", { type: "checkbox", name: "r", value: d });
          box.checked = true;
          box.addEventListener("change", () =>
            commit({ ids: state.ids.filter((x) => x !== d), extra: [], metric: state.metric }),
          );
          return el("label", { class: "check" }, box, " ", rowLabel(rows.get(d)));
        }),
      );
      if (!known.length) return results.replaceChildren();
      const select = el("select", { name: "metric" });
      L.metrics.forEach((m) => {
        const o = el("option", { value: m.id }, m.label);
        o.selected = m.id === (state.metric || L.metrics[0].id);
        select.append(o);
      });
      select.addEventListener("change", () => commit({ ids: state.ids, extra: [], metric: select.value }));
      const thead = el(
        "tr",
        {},
        el("th", { scope: "col" }, L.text["table.metric"]),
        ...known.map((d) =>
          el("th", { scope: "col", "data-doc": d, class: "stage-" + rows.get(d)[6] }, rowLabel(rows.get(d))),
        ),
      );
      const tbody = L.metrics.map((m, i) =>
        el("tr", {}, el("th", { scope: "row" }, m.label), ...known.map((d) => figureCell(d, m.id, figures[d][i]))),
      );
      results.replaceChildren(
        el("label", { class: "picker-metric" }, L.text["compare.chart.metric"], select),
        chart(select.value, known, rows, figures),
        el(
          "div",
          { class: "table-wrap" },
          el("table", { id: "picker-table" }, el("thead", {}, thead), el("tbody", {}, ...tbody)),
        ),
      );
    })
    .catch((e) => {
      message.textContent = fill(L.text["compare.error"], { file: "compare-data/" + e.message + ".json" });
    });
}

if (root) {
  input.addEventListener("focus", loadIndex, { once: true });
  input.addEventListener("input", showMatches);
  window.addEventListener("popstate", () => {
    state = parseCompareState(location.search);
    render();
  });
  render();
}
