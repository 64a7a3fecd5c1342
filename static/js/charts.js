// Draws the Vega-Lite charts of live monitoring blocks. The tables under them carry
// the same numbers, so pages work without JavaScript; Vega loads only when needed.
(function () {
  "use strict";
  var containers = document.querySelectorAll("[data-vega-spec]");
  if (!containers.length) return;
  var script = document.currentScript;
  var sources = [
    script.dataset.vega,
    script.dataset.vegaLite,
    script.dataset.vegaEmbed,
    script.dataset.vegaInterpreter,
  ];
  // Vega compiles its expressions with the Function constructor unless given an
  // interpreter; with one, the Content-Security-Policy needs no 'unsafe-eval'.
  var options = {
    actions: false,
    renderer: "svg",
    ast: true,
    expr: null,
  };

  function load(index, done) {
    if (index === sources.length) return done();
    var tag = document.createElement("script");
    tag.src = sources[index];
    tag.onload = function () { load(index + 1, done); };
    document.head.appendChild(tag);
  }

  // On a narrow chart the legend sits under the plot, in as many columns as the
  // width holds, so the plot keeps the width; on a wide one it sits beside it.
  var WIDE = 640;
  function fitLegend(spec, width) {
    var legend = spec.config && spec.config.legend;
    if (!legend || !width) return;
    if (width >= WIDE) {
      legend.orient = "right";
      legend.gradientDirection = "vertical";
      legend.columns = 1;
      legend.labelLimit = 260;
      return;
    }
    legend.columns = Math.max(1, Math.floor(width / 340));
    legend.labelLimit = Math.max(120, Math.min(width - 40, 300));
  }

  // A map fills the chart's width; its height shrinks to the drawn shapes, so a
  // wide country on a narrow phone leaves no empty band above and below.
  function fitMapHeight(view, svg) {
    var shapes = svg && svg.querySelector(".mark-geoshape, .mark-shape");
    if (!shapes) return;
    var drawn = Math.ceil(shapes.getBBox().height);
    if (drawn > 0 && drawn < view.height() - 2) return view.height(drawn).runAsync();
  }

  load(0, function () {
    options.expr = window.vegaInterpreter.expressionInterpreter;
    containers.forEach(function (container) {
      var source = document.getElementById(container.dataset.vegaSpec);
      if (!source) return;
      var spec = JSON.parse(source.textContent);
      fitLegend(spec, container.clientWidth);
      // Vega replaces the container's label with the spec's; ours says more.
      var alt = container.getAttribute("aria-label");
      window.vegaEmbed(container, spec, options)
        .then(function (result) {
          container.setAttribute("role", "img");
          container.setAttribute("aria-label", alt);
          var svg = result.view.container().querySelector("svg");
          if (svg) svg.setAttribute("aria-hidden", "true");
          if (spec.projection) return fitMapHeight(result.view, svg);
        })
        .catch(function (error) { container.hidden = true; console.warn(error); });
    });
  });
})();
