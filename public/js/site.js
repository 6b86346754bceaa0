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
      document.querySelectorAll("#compare-table [data-doc]").forEach(function (cell) {
        cell.hidden = chosen.length >= 2 && chosen.indexOf(cell.getAttribute("data-doc")) < 0;
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

  // Chart downloads: the SVG as shown, and a PNG drawn from it.
  var svgOf = function (id) {
    var svg = document.querySelector('[data-chart="' + id + '"] svg');
    var clone = svg.cloneNode(true);
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    var vb = svg.viewBox.baseVal;
    clone.setAttribute("width", vb.width);
    clone.setAttribute("height", vb.height);
    var style = document.createElementNS("http://www.w3.org/2000/svg", "style");
    style.textContent =
      "text{font:12px sans-serif;fill:#1b1f24}.tick line{stroke:#e3e6ea}.bar-budget rect{fill:#2f6db5}.bar-final rect{fill:#b4541a}.zero{stroke:#5b6470}";
    clone.insertBefore(style, clone.firstChild);
    return { text: new XMLSerializer().serializeToString(clone), w: vb.width, h: vb.height };
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
  document.querySelectorAll("[data-download-svg]").forEach(function (b) {
    b.addEventListener("click", function () {
      var id = b.getAttribute("data-download-svg");
      save(new Blob([svgOf(id).text], { type: "image/svg+xml" }), id + ".svg");
    });
  });
  document.querySelectorAll("[data-download-png]").forEach(function (b) {
    b.addEventListener("click", function () {
      var id = b.getAttribute("data-download-png");
      var s = svgOf(id);
      var img = new Image();
      img.onload = function () {
        var canvas = document.createElement("canvas");
        canvas.width = s.w * 2;
        canvas.height = s.h * 2;
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
})();
