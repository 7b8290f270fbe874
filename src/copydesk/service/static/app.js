// The copydesk page: search with facets, an annotated reading view and plots.
// Scraped content is hostile: every value is put in the page with textContent or as an
// attribute value, never parsed as HTML; the CSP forbids inline script anyway.
"use strict";

(function () {
  const FILTERS = ["site", "language", "entity", "speaker", "event_type", "pair", "date_from", "date_to", "unique"];
  const FACET_PARAM = { site: "site", language: "language", entity: "entity", speaker: "speaker",
    event_type: "event_type", country_pair: "pair" };
  const FACET_TITLE = { site: "Site", language: "Language", entity: "Entities", speaker: "Speakers",
    event_type: "Event types", country_pair: "Country pairs" };
  const MARK_OPEN = "\ue000", MARK_CLOSE = "\ue001";
  const PAGE = 20;

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function route() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const [path, query] = hash.split("?", 2);
    const params = new URLSearchParams(query || "");
    if (path.startsWith("/article/")) return { view: "article", id: decodeURIComponent(path.slice(9)), params };
    if (path === "/plots") return { view: "plots", params };
    return { view: "search", params };
  }

  function go(path, params) {
    const query = params.toString();
    location.hash = "#" + path + (query ? "?" + query : "");
  }

  async function api(path, params) {
    const response = await fetch(path + (params ? "?" + params.toString() : ""), { headers: { Accept: "application/json" } });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail || response.statusText);
      throw new Error(`${response.status}: ${detail}`);
    }
    return data;
  }

  function filterParams(params) {
    const out = new URLSearchParams();
    for (const key of ["q", ...FILTERS]) if (params.get(key)) out.set(key, params.get(key));
    return out;
  }

  function showError(target, error) {
    target.replaceChildren(el("p", { class: "error" }, "Could not load: " + error.message));
  }

  // ---- search ----------------------------------------------------------------------------
  async function renderSearch(params) {
    const content = $("content");
    content.replaceChildren(el("p", { class: "muted" }, "Searching…"));
    const query = filterParams(params);
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const pageParams = new URLSearchParams(query);
    pageParams.set("limit", String(PAGE));
    pageParams.set("offset", String(offset));
    try {
      const [result, facets] = await Promise.all([api("/api/search", pageParams), api("/api/facets", query)]);
      renderFacets(facets, query, "/");
      content.replaceChildren(resultList(result, query, offset));
    } catch (error) {
      showError(content, error);
    }
  }

  function resultList(result, query, offset) {
    const wrap = el("div", { class: "results" });
    const shown = result.hits.length;
    wrap.appendChild(el("p", { class: "muted", id: "result-count" },
      `${result.total} article${result.total === 1 ? "" : "s"}` + (shown ? ` — ${offset + 1}–${offset + shown}` : "")));
    const list = el("ol", { class: "hits" });
    for (const hit of result.hits) list.appendChild(hitItem(hit, query));
    wrap.appendChild(list);
    wrap.appendChild(pager(result.total, offset, query));
    return wrap;
  }

  function hitItem(hit, query) {
    const link = el("a", { href: "#/article/" + encodeURIComponent(hit.id) + "?" + query.toString(), class: "hit-title" },
      hit.title || "(untitled)");
    const meta = [hit.site, (hit.published || "").slice(0, 10), hit.language].filter(Boolean).join(" · ");
    const item = el("li", { class: "hit" }, link, el("div", { class: "meta" }, meta));
    if (hit.duplicate_of) item.appendChild(el("span", { class: "badge" }, "duplicate"));
    item.appendChild(snippet(hit.snippet || ""));
    return item;
  }

  function snippet(text) {
    const p = el("p", { class: "snippet" });
    let rest = text;
    while (rest.length) {
      const open = rest.indexOf(MARK_OPEN);
      if (open < 0) { p.appendChild(document.createTextNode(rest)); break; }
      p.appendChild(document.createTextNode(rest.slice(0, open)));
      const close = rest.indexOf(MARK_CLOSE, open + 1);
      const end = close < 0 ? rest.length : close;
      p.appendChild(el("mark", {}, rest.slice(open + 1, end)));
      rest = close < 0 ? "" : rest.slice(close + 1);
    }
    return p;
  }

  function pager(total, offset, query) {
    const nav = el("div", { class: "pager" });
    const page = (start, label) => {
      const params = new URLSearchParams(query);
      params.set("offset", String(start));
      const button = el("button", { type: "button" }, label);
      button.addEventListener("click", () => go("/", params));
      return button;
    };
    if (offset > 0) nav.appendChild(page(Math.max(0, offset - PAGE), "← Previous"));
    if (offset + PAGE < total) nav.appendChild(page(offset + PAGE, "Next →"));
    return nav;
  }

  function renderFacets(facets, query, path) {
    const aside = $("facets");
    aside.replaceChildren();
    for (const [name, param] of Object.entries(FACET_PARAM)) {
      const values = facets[name] || [];
      if (!values.length) continue;
      const list = el("ul", {});
      for (const { value, count } of values) {
        const button = el("button", { type: "button", class: "facet", title: `${FACET_TITLE[name]}: ${value}` },
          el("span", { class: "facet-value" }, value), el("span", { class: "count" }, String(count)));
        button.addEventListener("click", () => {
          const params = new URLSearchParams(query);
          params.set(param, value);
          params.delete("offset");
          go(path, params);
        });
        list.appendChild(el("li", {}, button));
      }
      aside.appendChild(el("section", { class: "facet-group" }, el("h3", {}, FACET_TITLE[name]), list));
    }
  }

  function renderChips(params, path) {
    const box = $("active-filters");
    box.replaceChildren();
    for (const key of FILTERS) {
      const value = params.get(key);
      if (!value) continue;
      const remove = el("button", { type: "button", class: "chip", title: "Remove this filter" }, `${key.replace("_", " ")}: ${value} ×`);
      remove.addEventListener("click", () => {
        const next = filterParams(params);
        next.delete(key);
        go(path, next);
      });
      box.appendChild(remove);
    }
  }

  // ---- reading view ------------------------------------------------------------------------
  async function renderArticle(id, params) {
    const content = $("content");
    $("facets").replaceChildren(backLink(params));
    content.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const data = await api("/api/articles/" + encodeURIComponent(id));
      content.replaceChildren(articleView(data.record, data.reading, params));
    } catch (error) {
      showError(content, error);
    }
  }

  function backLink(params) {
    const back = el("a", { href: "#/?" + filterParams(params).toString(), class: "back" }, "← Back to results");
    return el("div", {}, back, legend());
  }

  function legend() {
    return el("div", { class: "legend-box" },
      el("h3", {}, "Legend"),
      el("p", {}, el("span", { class: "ann ann-quote" }, "quote"), " speaker on hover"),
      el("p", {}, el("span", { class: "ann ann-entity" }, "entity")),
      el("p", {}, el("span", { class: "ann ann-event" }, "event actor")),
      el("p", {}, el("del", {}, "removed line"), " ", el("span", { class: "reason" }, "reason")));
  }

  function articleView(record, reading, params) {
    const article = el("article", { class: "reading" });
    article.appendChild(el("h1", {}, record.title || "(untitled)"));
    article.appendChild(articleMeta(record, params));
    for (const block of reading) article.appendChild(block.type === "removed" ? removedLine(block) : paragraph(block));
    return article;
  }

  function articleMeta(record, params) {
    const meta = el("div", { class: "meta" });
    const bits = [record.site, record.published, record.language, (record.authors || []).join(", ")].filter(Boolean);
    meta.appendChild(el("span", {}, bits.join(" · ")));
    const url = safeUrl(record.url);
    if (url) meta.appendChild(el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "source" }, "original"));
    if (record.duplicate_of) {
      meta.appendChild(el("a", { href: "#/article/" + encodeURIComponent(record.duplicate_of) + "?" + filterParams(params), class: "badge" },
        "duplicate of " + record.duplicate_of));
    }
    const counts = `${(record.quotes || []).length} quotes · ${(record.entities || []).length} entities · ` +
      `${(record.events || []).length} events · ${(record.removed || []).length} removed lines`;
    meta.appendChild(el("div", { class: "muted" }, counts));
    return meta;
  }

  function safeUrl(value) {
    try {
      const url = new URL(String(value || ""));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function paragraph(block) {
    const p = el("p", { class: "kept" });
    for (const segment of block.segments) {
      if (!segment.marks.length) { p.appendChild(document.createTextNode(segment.text)); continue; }
      const kinds = [...new Set(segment.marks.map((m) => m.kind))];
      const span = el("span", {
        class: kinds.map((k) => "ann ann-" + k.replace(/[^a-z]/g, "")).join(" "),
        title: [...new Set(segment.marks.map((m) => m.title))].join("\n"),
        "data-kinds": kinds.join(" "),
      }, segment.text);
      p.appendChild(span);
    }
    return p;
  }

  function removedLine(block) {
    return el("p", { class: "removed" }, el("del", {}, block.text), " ", el("span", { class: "reason" }, block.reason));
  }

  // ---- plots ---------------------------------------------------------------------------------
  async function renderPlots(params) {
    const content = $("content");
    content.replaceChildren(el("p", { class: "muted" }, "Loading plots…"));
    const query = filterParams(params);
    try {
      const [aggregates, facets] = await Promise.all([api("/api/aggregates", query), api("/api/facets", query)]);
      renderFacets(facets, query, "/plots");
      content.replaceChildren(plots(aggregates));
    } catch (error) {
      showError(content, error);
    }
  }

  function plots(data) {
    const P = window.CopydeskPlots;
    const series = new Map();
    for (const row of data.pair_timeline) {
      if (!series.has(row.pair)) series.set(row.pair, []);
      series.get(row.pair).push({ x: row.month, y: row.events });
    }
    const lines = [...series].map(([name, points]) => ({ name, points }));
    const speakers = data.speakers.map((s) => ({ label: s.speaker, value: s.quotes, hint: `${s.articles} articles` }));
    const junk = data.junk_by_site.map((s) => ({ label: s.site, value: s.share, hint: `${s.removed} of ${s.lines} lines, ${s.articles} articles` }));
    return el("div", { class: "plots" },
      el("h2", {}, "Events between country pairs per month"), P.lineChart(lines, { title: "Events per country pair per month" }),
      el("h2", {}, "Most-quoted speakers"), P.barChart(speakers, { title: "Quotes per speaker" }),
      el("h2", {}, "Junk share by site"), P.barChart(junk, { title: "Share of body lines removed", fmt: (v) => (100 * v).toFixed(1) + "%", max: 1 }));
  }

  // ---- wiring ------------------------------------------------------------------------------
  function syncForm(params) {
    $("q").value = params.get("q") || "";
    $("date-from").value = params.get("date_from") || "";
    $("date-to").value = params.get("date_to") || "";
    $("unique").checked = params.get("unique") === "true";
    $("plots-link").setAttribute("href", "#/plots?" + filterParams(params).toString());
  }

  function onSubmit(event) {
    event.preventDefault();
    const current = route();
    const params = filterParams(current.params);
    const set = (key, value) => (value ? params.set(key, value) : params.delete(key));
    set("q", $("q").value.trim());
    set("date_from", $("date-from").value);
    set("date_to", $("date-to").value);
    set("unique", $("unique").checked ? "true" : "");
    go(current.view === "plots" ? "/plots" : "/", params);
  }

  function render() {
    const current = route();
    syncForm(current.params);
    renderChips(current.params, current.view === "plots" ? "/plots" : "/");
    if (current.view === "article") return renderArticle(current.id, current.params);
    if (current.view === "plots") return renderPlots(current.params);
    return renderSearch(current.params);
  }

  window.addEventListener("hashchange", render);
  window.addEventListener("DOMContentLoaded", () => {
    $("search-form").addEventListener("submit", onSubmit);
    render();
  });
})();
