// Progressive enhancement only: every page is complete without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

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

  // Compare: the selection lives in the URL (?d=…&d=…); the table shows only the chosen columns.
  var compare = document.querySelector("[data-compare]");
  if (compare) {
    var chosen = new URLSearchParams(location.search).getAll("d").slice(0, 4);
    compare.querySelectorAll("input[name=d]").forEach(function (box) {
      box.checked = chosen.indexOf(box.value) >= 0;
    });
    if (chosen.length >= 2) {
      document.querySelectorAll("#compare-table [data-doc]").forEach(function (cell) {
        cell.hidden = chosen.indexOf(cell.getAttribute("data-doc")) < 0;
      });
    }
    compare.addEventListener("change", function () {
      var boxes = compare.querySelectorAll("input[name=d]:checked");
      if (boxes.length > 4) boxes[boxes.length - 1].checked = false;
    });
  }

  // Sortable tables: click a header to sort by that column (numbers by data-value).
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      var asc = false;
      button.addEventListener("click", function () {
        asc = !asc;
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (tr) {
          var cell = tr.cells[index];
          var v = cell && cell.getAttribute("data-value");
          return v !== null && v !== "" && !isNaN(Number(v)) ? Number(v) : cell ? cell.textContent : "";
        };
        rows.sort(function (a, b) {
          var x = key(a),
            y = key(b);
          var c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return asc ? c : -c;
        });
        rows.forEach(function (r) {
          body.appendChild(r);
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
