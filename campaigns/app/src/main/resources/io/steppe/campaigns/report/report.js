/*
 * Draws the charts of a Steppe report with uPlot. Each <figure class="chart"> has its data under
 * its id in the JSON block #report-data. Kinds: "time" (daily series on a date axis, bands, event
 * markers, shaded windows) and "seeds" (one value per run against an accepted range).
 * Dates are epoch days in the data and UTC midnights on the axis.
 */
(function () {
  "use strict";
  var DAY = 86400;
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];
  var MARKER_PALETTE = ["#b2182b", "#2166ac", "#e08214", "#1b7837", "#762a83", "#4d4d4d", "#8c510a", "#35978f"];
  var WINDOW_FILL = "rgba(255, 170, 0, 0.18)";
  var WINDOW_STROKE = "rgba(200, 120, 0, 0.9)";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var charts = [];

  function colour(i) {
    return PALETTE[i % PALETTE.length];
  }

  function withAlpha(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + ", " + ((n >> 8) & 255) + ", " + (n & 255) + ", " + alpha + ")";
  }

  function isoDay(day) {
    return new Date(Math.round(day) * DAY * 1000).toISOString().slice(0, 10);
  }

  function number(v) {
    if (v == null) {
      return "-";
    }
    var a = Math.abs(v);
    return a !== 0 && (a >= 1e6 || a < 1e-3) ? v.toExponential(3) : +v.toPrecision(5) + "";
  }

  function utc(ts) {
    return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC");
  }

  /* A scale's range that also takes in the bounds of the windows drawn on it. */
  function rangeWith(extra) {
    return function (u, min, max) {
      extra.forEach(function (v) {
        min = min == null ? v : Math.min(min, v);
        max = max == null ? v : Math.max(max, v);
      });
      if (min == null) {
        return [0, 1];
      }
      return uPlot.rangeNum(min, max, 0.1, true);
    };
  }

  /* Shaded windows: x from..to (seconds or null for the plot's edge), y low..high on a scale. */
  function windowsPlugin(windows) {
    return {
      hooks: {
        drawClear: function (u) {
          var ctx = u.ctx, b = u.bbox, px = window.devicePixelRatio || 1;
          ctx.save();
          ctx.beginPath();
          ctx.rect(b.left, b.top, b.width, b.height);
          ctx.clip();
          windows.forEach(function (w) {
            var x0 = w.x0 == null ? b.left : u.valToPos(w.x0, "x", true);
            var x1 = w.x1 == null ? b.left + b.width : u.valToPos(w.x1, "x", true);
            var y0 = w.high == null ? b.top : u.valToPos(w.high, w.scale, true);
            var y1 = w.low == null ? b.top + b.height : u.valToPos(w.low, w.scale, true);
            ctx.fillStyle = WINDOW_FILL;
            ctx.fillRect(x0, y0, Math.max(x1 - x0, px), y1 - y0);
            ctx.strokeStyle = WINDOW_STROKE;
            ctx.lineWidth = px;
            ctx.strokeRect(x0, y0, Math.max(x1 - x0, px), y1 - y0);
            if (w.label) {
              ctx.fillStyle = WINDOW_STROKE;
              ctx.font = (11 * px) + "px sans-serif";
              ctx.fillText(w.label, x0 + 3 * px, Math.max(y0, b.top) + 12 * px);
            }
          });
          ctx.restore();
        }
      }
    };
  }

  /* Dashed vertical lines at event dates; the events near the cursor are listed under the chart. */
  function markersPlugin(markers, kindColour, out) {
    return {
      hooks: {
        draw: function (u) {
          var ctx = u.ctx, b = u.bbox, px = window.devicePixelRatio || 1;
          ctx.save();
          ctx.lineWidth = px;
          ctx.setLineDash([4 * px, 3 * px]);
          markers.forEach(function (m) {
            var x = Math.round(u.valToPos(m.day * DAY, "x", true));
            if (x < b.left || x > b.left + b.width) {
              return;
            }
            ctx.strokeStyle = kindColour[m.kind];
            ctx.beginPath();
            ctx.moveTo(x, b.top);
            ctx.lineTo(x, b.top + b.height);
            ctx.stroke();
          });
          ctx.restore();
        },
        setCursor: function (u) {
          var left = u.cursor.left;
          var near = left == null || left < 0 ? [] : markers.filter(function (m) {
            return Math.abs(u.valToPos(m.day * DAY, "x") - left) <= 4;
          });
          out.textContent = near.map(function (m) {
            return isoDay(m.day) + " " + m.label;
          }).join(" | ");
        }
      }
    };
  }

  function legendOfKinds(kinds, kindColour) {
    var p = document.createElement("p");
    p.className = "kinds";
    kinds.forEach(function (k) {
      var s = document.createElement("span");
      s.style.borderColor = kindColour[k];
      s.textContent = k;
      p.appendChild(s);
    });
    return p;
  }

  function timeChart(fig, spec, width) {
    var xs = new Array(spec.days), i;
    for (i = 0; i < spec.days; i++) {
      xs[i] = (spec.start + i) * DAY;
    }
    var units = [], extra = {};
    spec.series.forEach(function (s) {
      if (units.indexOf(s.unit) < 0) {
        units.push(s.unit);
        extra[s.unit] = [];
      }
    });
    var windows = spec.windows.map(function (w) {
      if (!extra[w.unit]) {
        units.push(w.unit);
        extra[w.unit] = [];
      }
      [w.low, w.high].forEach(function (v) {
        if (v != null) {
          extra[w.unit].push(v);
        }
      });
      return {x0: w.from * DAY, x1: (w.to + 1) * DAY, low: w.low, high: w.high, scale: w.unit, label: w.label};
    });
    var rows = [xs];
    var series = [{label: "date", value: function (u, v) { return v == null ? "-" : isoDay(v / DAY); }}];
    spec.series.forEach(function (s) {
      rows.push(s.values);
      var c = colour(s.colour);
      series.push({
        label: s.name,
        scale: s.unit,
        stroke: s.role === "edge" ? withAlpha(c, 0.45) : c,
        width: s.role === "edge" ? 0.5 : 1.5,
        value: function (u, v) { return number(v); }
      });
    });
    var scales = {x: {time: true}};
    units.forEach(function (unit) {
      scales[unit] = {range: rangeWith(extra[unit])};
    });
    var axes = [{}];
    units.forEach(function (unit, k) {
      var label = unit === "1" ? "" : unit;
      axes.push(k === 0 ? {scale: unit, label: label, size: 60} : {scale: unit, label: label, side: 1, size: 60, grid: {show: false}});
    });
    var kinds = [], kindColour = {};
    spec.markers.forEach(function (m) {
      if (kinds.indexOf(m.kind) < 0) {
        kindColour[m.kind] = MARKER_PALETTE[kinds.length % MARKER_PALETTE.length];
        kinds.push(m.kind);
      }
    });
    var hover = document.createElement("p");
    hover.className = "hover";
    var plugins = [windowsPlugin(windows)];
    if (spec.markers.length > 0) {
      plugins.push(markersPlugin(spec.markers, kindColour, hover));
    }
    var opts = {
      width: width,
      height: 320,
      tzDate: utc,
      scales: scales,
      axes: axes,
      series: series,
      bands: spec.bands.map(function (b) {
        return {series: [b.upper + 1, b.lower + 1], fill: withAlpha(colour(b.colour), b.alpha)};
      }),
      plugins: plugins
    };
    var plot = fig.querySelector(".plot");
    var u = new uPlot(opts, rows, plot);
    if (kinds.length > 0) {
      plot.appendChild(legendOfKinds(kinds, kindColour));
      plot.appendChild(hover);
    }
    return u;
  }

  function seedChart(fig, spec, width) {
    var n = spec.values.length, xs = new Array(n), i, missing = 0;
    for (i = 0; i < n; i++) {
      xs[i] = i;
      if (spec.values[i] == null) {
        missing++;
      }
    }
    var fmt = spec.dates ? function (v) { return v == null ? "-" : isoDay(v); } : number;
    var extra = [spec.low, spec.high].filter(function (v) { return v != null; });
    var opts = {
      width: width,
      height: 220,
      scales: {x: {time: false, range: function (u, min, max) { return [min - 0.5, max + 0.5]; }}, y: {range: rangeWith(extra)}},
      axes: [
        {label: spec.axis || "run", values: function (u, ticks) { return ticks.map(function (t) { return Number.isInteger(t) ? t : ""; }); }},
        {label: spec.dates || spec.unit === "1" ? "" : spec.unit, size: spec.dates ? 80 : 60,
          values: function (u, ticks) { return ticks.map(fmt); }}
      ],
      series: [
        {label: spec.axis || "seed"},
        {label: "value", stroke: colour(0), paths: function () { return null; },
          points: {show: true, size: 6, fill: colour(0)}, value: function (u, v) { return fmt(v); }}
      ],
      plugins: [windowsPlugin([{x0: null, x1: null, low: spec.low, high: spec.high, scale: "y", label: "accepted"}])]
    };
    var plot = fig.querySelector(".plot");
    var u = new uPlot(opts, [xs, spec.values], plot);
    if (missing > 0) {
      var p = document.createElement("p");
      p.className = "hover";
      p.textContent = missing + " of " + n + " runs have no value";
      plot.appendChild(p);
    }
    return u;
  }

  function widthOf(fig) {
    return Math.max(320, fig.querySelector(".plot").clientWidth);
  }

  Array.prototype.forEach.call(document.querySelectorAll("figure.chart"), function (fig) {
    var spec = data[fig.id];
    var u = spec.kind === "time" ? timeChart(fig, spec, widthOf(fig)) : seedChart(fig, spec, widthOf(fig));
    charts.push({fig: fig, plot: u});
  });

  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      charts.forEach(function (c) {
        c.plot.setSize({width: widthOf(c.fig), height: c.plot.height});
      });
    }, 150);
  });
})();
