// Progressive enhancement only: every page is complete without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The language links carry the page's query (a metric page's ?metric=&slice=, compare's ?r=), so switching
  // language keeps what is shown.
  var carryQuery = function () {
    document.querySelectorAll("nav a[hreflang]").forEach(function (a) {
      a.href = a.href.split("?")[0] + location.search;
    });
  };

  // Metric pages: show one chart at a time, chosen by metric and year/stage; selection kept in the URL.
  var controls = document.querySelector("[data-controls]");
  if (controls) {
    var metric = controls.querySelector("[name=metric]");
    var slice = controls.querySelector("[name=slice]");
    var params = new URLSearchParams(location.search);
    if (params.get("metric")) metric.value = params.get("metric");
    if (params.get("slice")) slice.value = params.get("slice");
    var apply = function () {
      var any = false;
      document.querySelectorAll(".variant").forEach(function (v) {
        var show = v.getAttribute("data-metric") === metric.value && v.getAttribute("data-slice") === slice.value;
        v.hidden = !show;
        any = any || show;
      });
      if (!any)
        document.querySelectorAll(".variant").forEach(function (v) {
          v.hidden = v.getAttribute("data-metric") !== metric.value;
        });
      var p = new URLSearchParams(location.search);
      p.set("metric", metric.value);
      p.set("slice", slice.value);
      history.replaceState(null, "", "?" + p.toString());
      carryQuery();
      var variants = document.querySelector("[data-variants]");
      if (variants) variants.setAttribute("data-ready", "");
    };
    metric.addEventListener("change", apply);
    slice.addEventListener("change", apply);
    apply();
  }

  // Units list: filter rows by province and level.
  document.querySelectorAll("[data-filter-table]").forEach(function (form) {
    var table = document.getElementById(form.getAttribute("data-filter-table"));
    var run = function () {
      var prov = form.querySelector("[name=province]").value;
      var level = form.querySelector("[name=level]").value;
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        tr.hidden =
          (prov && tr.getAttribute("data-province") !== prov) || (level && tr.getAttribute("data-level") !== level);
      });
    };
    form.addEventListener("change", run);
  });

  // Compare (a province's page): the selection lives in the URL (?d=…&d=…); the table shows only the chosen columns.
  // Re-applied when the page is shown again (back/forward, bfcache), so the ticked boxes always match the columns.
  var compare = document.querySelector("[data-compare]");
  if (compare) {
    var sync = function () {
      var chosen = new URLSearchParams(location.search).getAll("d").slice(0, 4);
      compare.querySelectorAll("input[name=d]").forEach(function (box) {
        box.checked = chosen.indexOf(box.value) >= 0;
      });
      // A cell's report is its column's header (data-doc): cells do not repeat it (bytes at national scale).
      var heads = document.querySelectorAll("#compare-table thead th");
      var hide = [];
      heads.forEach(function (th, i) {
        var doc = th.getAttribute("data-doc");
        hide[i] = !!doc && chosen.length >= 2 && chosen.indexOf(doc) < 0;
        th.hidden = hide[i];
      });
      document.querySelectorAll("#compare-table tbody tr").forEach(function (tr) {
        for (var i = 0; i < tr.children.length; i++) tr.children[i].hidden = !!hide[i];
      });
      carryQuery();
    };
    sync();
    window.addEventListener("pageshow", sync);
    window.addEventListener("popstate", sync);
    compare.addEventListener("change", function () {
      var boxes = compare.querySelectorAll("input[name=d]:checked");
      if (boxes.length > 4) boxes[boxes.length - 1].checked = false;
    });
  }

  // Sortable tables: click a header to sort by that column. A cell's number is its data-value, else its text read
  // as a number (thousands separators, %, full-width digits); cells with no number (未公开, —) sort last either way.
  // Only the sorted header carries aria-sort; before the first click none does.
  var numberOf = function (cell) {
    if (!cell) return null;
    var v = cell.getAttribute("data-value");
    var text = v !== null && v !== "" ? v : cell.textContent;
    var clean = text
      .replace(/[\uff10-\uff19]/g, function (d) {
        return String.fromCharCode(d.charCodeAt(0) - 0xfee0);
      })
      .replace(/[,，\s%万元]/g, "")
      .replace(/^[−–]/, "-");
    return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
  };
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (tr, i) {
          var cell = tr.cells[index];
          return { tr: tr, i: i, n: numberOf(cell), s: cell ? cell.textContent.trim() : "" };
        });
        var numeric = rows.some(function (r) {
          return r.n !== null;
        });
        rows.sort(function (a, b) {
          if (numeric) {
            if (a.n === null || b.n === null) return a.n === null ? (b.n === null ? a.i - b.i : 1) : -1;
            if (a.n !== b.n) return asc ? a.n - b.n : b.n - a.n;
            return a.i - b.i;
          }
          var c = a.s.localeCompare(b.s);
          return (asc ? c : -c) || a.i - b.i;
        });
        rows.forEach(function (r) {
          body.appendChild(r.tr);
        });
        headers.forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      });
    });
  });

  // Chart downloads: the chart as a picture that stands alone (title, unit and stage, legend, notes, source, credit).
  // A metric chart's SVG is a file (embed/<id>/chart.svg, which its link downloads without JavaScript); a report's
  // chart is composed here from the page's parts (data-part, data-swatch), as src/lib/charts/standalone.ts composes
  // the files: same sizes, colours, fonts and text-width estimate (src/lib/charts/text.ts).
  var CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
  var textWidth = function (s) {
    var w = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        w += 7;
        i++;
      } else if (CJK.test(s[i])) w += 12;
      else if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) w += 8;
      else if ("il.,:;'|!·".indexOf(s[i]) >= 0 || /\s/.test(s[i])) w += 4;
      else w += 7;
    }
    return w;
  };
  var wrapAt = function (text, width, size) {
    var max = Math.floor((width * 12) / size);
    var tokens =
      text.match(
        /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+\s*|\s+/g,
      ) || [];
    var lines = [];
    var line = "";
    tokens.forEach(function (token) {
      if (line.trim() && textWidth((line + token).trimEnd()) > max) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    });
    if (line.trim()) lines.push(line.trimEnd());
    var out = [];
    lines.forEach(function (rest) {
      while (textWidth(rest) > max) {
        var end = rest.length;
        while (end > 1 && textWidth(rest.slice(0, end)) > max) end--;
        var slash = rest.lastIndexOf("/", end - 1);
        var cut = slash > end * 0.6 ? slash + 1 : end;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      out.push(rest);
    });
    return out;
  };
  var esc = function (s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  };
  var r2 = function (v) {
    return Math.round(v * 100) / 100;
  };
  var FONTS =
    "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";
  var C = {
    ink: "#1b1f24",
    muted: "#4d5560",
    budget: "#2f6db5",
    final: "#b4541a",
    stroke: "#6e3210",
    body2: "#2e7d4f",
  };
  var STYLE =
    // Size and colour only where the element does not say its own (a composition's shares, a series' end labels).
    "text{font-family:" +
    FONTS +
    "}text:not([font-size]){font-size:12px}text:not([fill]){fill:" +
    C.ink +
    "}" +
    ".tick line{stroke:#e3e6ea}.tick text,.axis-unit{fill:" +
    C.muted +
    ";font-size:11px}.zero{stroke:#5b6470}" +
    ".bar-budget rect{fill:" +
    C.budget +
    "}" +
    ".bar-final rect{fill:" +
    C.final +
    ";stroke:" +
    C.stroke +
    ";stroke-dasharray:3 2}" +
    ".group-1 rect{fill:" +
    C.body2 +
    "}" +
    // A budget-vs-final chart's SVG is styled by class (svg.paired in site.css): the same rules, inlined.
    ".paired text{fill:" +
    C.ink +
    "}.paired .tick line{stroke:#e3e6ea}.paired .tick text,.paired text.axis-unit,.paired text.value{fill:" +
    C.muted +
    ";font-size:11px}.paired text.panel-title{font-weight:600}.paired .zero{stroke:#5b6470}" +
    ".paired .gap{stroke:#9aa3ad;stroke-width:2}.paired .mark-budget{fill:" +
    C.budget +
    "}.paired .mark-final{fill:" +
    C.final +
    ";stroke:" +
    C.stroke +
    ";stroke-width:1.5}" +
    ".sa-title{font-size:18px;font-weight:700}.sa-sub{font-size:13px;fill:" +
    C.muted +
    "}" +
    ".sa-foot{font-size:11px;fill:" +
    C.muted +
    "}";
  var words = function (el) {
    return el.textContent.replace(/\s+/g, " ").trim();
  };
  var standalone = function (figure) {
    var PAD = 16;
    var chart = figure.querySelector("svg");
    var vb = chart.viewBox.baseVal;
    var width = r2(vb.width + 2 * PAD);
    var inner = width - 2 * PAD;
    var out = [];
    var y = PAD;
    var block = function (lines, size, line, cls) {
      lines.forEach(function (l, i) {
        out.push('<text class="' + cls + '" x="' + PAD + '" y="' + r2(y + size + i * line) + '">' + esc(l) + "</text>");
      });
      y += lines.length * line;
    };
    var title = figure.querySelector("[data-part=title]");
    block(wrapAt(title ? words(title) : "", inner, 18), 18, 24, "sa-title");
    block(wrapAt(figure.getAttribute("data-subtitle") || "", inner, 13), 13, 18, "sa-sub");
    y += 4;
    var x = 0;
    var row = 0;
    var rows = 0;
    figure.querySelectorAll("[data-swatch]").forEach(function (key) {
      var swatch = key.getAttribute("data-swatch");
      var label = words(key).replace(/^⚑ /, "");
      wrapAt(label, inner - 17, 12).forEach(function (part, i) {
        var w = 17 + textWidth(part) + 16;
        if (x > 0 && x + w - 16 > inner) {
          row++;
          x = 0;
        }
        var base = r2(y + row * 20 + 12);
        var at = 'x="' + r2(PAD + x) + '" y="' + r2(base - 10) + '" width="12" height="12"';
        var mid = r2(base - 4);
        if (i === 0)
          out.push(
            swatch === "line-budget" || swatch === "line-final"
              ? '<line x1="' +
                  r2(PAD + x) +
                  '" x2="' +
                  r2(PAD + x + 12) +
                  '" y1="' +
                  mid +
                  '" y2="' +
                  mid +
                  '" stroke-width="2" stroke="' +
                  (swatch === "line-budget" ? C.budget + '"' : C.final + '" stroke-dasharray="4 2"') +
                  "></line>"
              : swatch === "narrative"
                ? '<circle cx="' +
                  r2(PAD + x + 6) +
                  '" cy="' +
                  mid +
                  '" r="4" fill="#fff" stroke="' +
                  C.ink +
                  '" stroke-width="1.5"></circle>'
                : swatch === "flag"
                  ? '<text x="' + r2(PAD + x) + '" y="' + base + '">⚑</text>'
                  : swatch === "budget"
                    ? "<rect " + at + ' fill="' + C.budget + '"></rect>'
                    : swatch === "final"
                      ? "<rect " +
                        at +
                        ' fill="' +
                        C.final +
                        '" stroke="' +
                        C.stroke +
                        '" stroke-dasharray="3 2"></rect>'
                      : swatch === "final-outline"
                        ? "<rect " + at + ' fill="#fff" stroke="' + C.stroke + '" stroke-dasharray="3 2"></rect>'
                        : swatch === "budget-outline"
                          ? "<rect " + at + ' fill="#fff" stroke="' + C.ink + '"></rect>'
                          : swatch.indexOf("fill:") === 0
                            ? "<rect " + at + ' fill="' + esc(swatch.slice(5)) + '"></rect>'
                            : swatch === "mark-budget"
                              ? "<rect " + at + ' fill="' + C.budget + '"></rect>'
                              : swatch === "mark-final"
                                ? '<circle cx="' +
                                  r2(PAD + x + 6) +
                                  '" cy="' +
                                  mid +
                                  '" r="5" fill="' +
                                  C.final +
                                  '" stroke="' +
                                  C.stroke +
                                  '" stroke-width="1.5"></circle>'
                                : swatch === "gap"
                                  ? '<line x1="' +
                                    r2(PAD + x) +
                                    '" x2="' +
                                    r2(PAD + x + 12) +
                                    '" y1="' +
                                    mid +
                                    '" y2="' +
                                    mid +
                                    '" stroke-width="2" stroke="#9aa3ad"></line>'
                                  : "<rect " +
                                    at +
                                    ' fill="' +
                                    (swatch === "group-1" ? C.body2 : C.final) +
                                    '"></rect>',
          );
        out.push('<text x="' + r2(PAD + x + 17) + '" y="' + base + '">' + esc(part) + "</text>");
        x += w;
        rows = row + 1;
      });
    });
    y += rows * 20 + 6;
    var body = Array.prototype.map
      .call(chart.childNodes, function (node) {
        return new XMLSerializer().serializeToString(node).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "");
      })
      .join("");
    out.push(
      '<svg x="' +
        PAD +
        '" y="' +
        r2(y) +
        '" width="' +
        r2(vb.width) +
        '" height="' +
        r2(vb.height) +
        '" viewBox="0 0 ' +
        r2(vb.width) +
        " " +
        r2(vb.height) +
        '" class="' +
        esc(chart.getAttribute("class") || "") +
        '">' +
        body +
        "</svg>",
    );
    y += vb.height + 8;
    var foot = Array.prototype.map.call(figure.querySelectorAll("[data-part=note]"), words);
    var source = figure.querySelector("[data-part=source]");
    if (source) foot.push(words(source));
    foot.push(figure.getAttribute("data-credit") || "");
    foot.forEach(function (text) {
      block(wrapAt(text, inner, 11), 11, 15, "sa-foot");
      y += 3;
    });
    var height = r2(y + PAD - 3);
    var lang = document.documentElement.getAttribute("lang") || "";
    return {
      text:
        '<svg xmlns="http://www.w3.org/2000/svg" xml:lang="' +
        esc(lang) +
        '" width="' +
        width +
        '" height="' +
        height +
        '" viewBox="0 0 ' +
        width +
        " " +
        height +
        '" font-family="' +
        esc(FONTS) +
        '"><title>' +
        esc(title ? words(title) : "") +
        "</title><style>" +
        STYLE +
        '</style><rect width="100%" height="100%" fill="#fff"></rect>' +
        out.join("") +
        "</svg>",
      w: width,
      h: height,
    };
  };
  // The picture of a chart: its file where it has one (the very SVG its link downloads), else composed here.
  var pictureOf = function (id, done) {
    var figure = document.querySelector('[data-chart="' + id + '"]');
    var file = figure.getAttribute("data-svg");
    if (!file) return done(standalone(figure));
    fetch(file)
      .then(function (r) {
        if (!r.ok) throw new Error(file);
        return r.text();
      })
      .then(function (text) {
        var size = /<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(text);
        done({ text: text, w: Number(size[1]), h: Number(size[2]) });
      })
      .catch(function () {
        done(standalone(figure));
      });
  };
  var save = function (blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  };
  document.querySelectorAll("button[data-download-svg]").forEach(function (b) {
    b.addEventListener("click", function () {
      var id = b.getAttribute("data-download-svg");
      pictureOf(id, function (s) {
        save(new Blob([s.text], { type: "image/svg+xml" }), id + ".svg");
      });
    });
  });
  // PNG at 2× pixel density, drawn from the same SVG.
  document.querySelectorAll("[data-download-png]").forEach(function (b) {
    b.addEventListener("click", function () {
      var id = b.getAttribute("data-download-png");
      pictureOf(id, function (s) {
        var img = new Image();
        img.onload = function () {
          var canvas = document.createElement("canvas");
          canvas.width = Math.ceil(s.w * 2);
          canvas.height = Math.ceil(s.h * 2);
          var ctx = canvas.getContext("2d");
          ctx.fillStyle = "#fff";
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
          canvas.toBlob(function (blob) {
            save(blob, id + ".png");
          });
        };
        img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(s.text);
      });
    });
  });
})();
