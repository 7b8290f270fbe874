// Dependency-free SVG plots for the copydesk page. Every label is set with textContent, never
// parsed as markup, so scraped names cannot inject anything.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const COLOURS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989"];

  function svgEl(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function frame(width, height, label) {
    const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "plot" });
    svg.appendChild(svgEl("title", {}, label));
    return svg;
  }

  function empty(message) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    return p;
  }

  function shorten(text, max) {
    const value = String(text);
    return value.length > max ? value.slice(0, max - 1) + "…" : value;
  }

  // Horizontal bars: items [{label, value, hint}], value formatted by fmt.
  function barChart(items, options) {
    const opts = Object.assign({ title: "", fmt: (v) => String(v), max: null }, options);
    if (!items.length) return empty("Nothing to plot for this search.");
    const rowH = 24, left = 170, width = 640, right = 70;
    const height = items.length * rowH + 10;
    const top = opts.max || Math.max(...items.map((d) => d.value), 1e-9);
    const svg = frame(width, height, opts.title);
    items.forEach((d, i) => {
      const y = 5 + i * rowH;
      const w = Math.max(1, ((width - left - right) * d.value) / top);
      const label = svgEl("text", { x: left - 6, y: y + 15, "text-anchor": "end", class: "axis-label" },
        shorten(d.label, 26));
      const bar = svgEl("rect", { x: left, y: y + 3, width: w, height: rowH - 8, fill: COLOURS[0], rx: 2 });
      bar.appendChild(svgEl("title", {}, `${d.label}: ${opts.fmt(d.value)}${d.hint ? " — " + d.hint : ""}`));
      const value = svgEl("text", { x: left + w + 5, y: y + 15, class: "value-label" }, opts.fmt(d.value));
      svg.append(label, bar, value);
    });
    return svg;
  }

  // Lines over months: series [{name, points: [{x: "YYYY-MM", y}]}].
  function lineChart(series, options) {
    const opts = Object.assign({ title: "" }, options);
    const months = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
    if (!months.length) return empty("No events between country pairs for this search.");
    const width = 640, height = 260, left = 40, right = 120, top = 10, bottom = 40;
    const ymax = Math.max(...series.flatMap((s) => s.points.map((p) => p.y)), 1);
    const x = (m) => left + (months.length === 1 ? (width - left - right) / 2
      : ((width - left - right) * months.indexOf(m)) / (months.length - 1));
    const y = (v) => top + (height - top - bottom) * (1 - v / ymax);
    const svg = frame(width, height, opts.title);
    svg.appendChild(svgEl("line", { x1: left, y1: y(0), x2: width - right, y2: y(0), class: "axis" }));
    svg.appendChild(svgEl("text", { x: left - 6, y: y(ymax) + 4, "text-anchor": "end", class: "axis-label" }, ymax));
    svg.appendChild(svgEl("text", { x: left - 6, y: y(0) + 4, "text-anchor": "end", class: "axis-label" }, "0"));
    const step = Math.max(1, Math.ceil(months.length / 8));
    months.forEach((m, i) => {
      if (i % step === 0) svg.appendChild(svgEl("text", { x: x(m), y: height - bottom + 16, "text-anchor": "middle", class: "axis-label" }, m));
    });
    series.forEach((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const byMonth = new Map(s.points.map((p) => [p.x, p.y]));
      const pts = months.map((m) => `${x(m)},${y(byMonth.get(m) || 0)}`).join(" ");
      svg.appendChild(svgEl("polyline", { points: pts, fill: "none", stroke: colour, "stroke-width": 2 }));
      months.forEach((m) => {
        const dot = svgEl("circle", { cx: x(m), cy: y(byMonth.get(m) || 0), r: 3, fill: colour });
        dot.appendChild(svgEl("title", {}, `${s.name} ${m}: ${byMonth.get(m) || 0} events`));
        svg.appendChild(dot);
      });
      svg.appendChild(svgEl("text", { x: width - right + 8, y: top + 14 + i * 16, fill: colour, class: "legend" },
        shorten(s.name, 16)));
    });
    return svg;
  }

  window.CopydeskPlots = { barChart, lineChart };
})();
