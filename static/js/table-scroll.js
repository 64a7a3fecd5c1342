// Tables wider than their box scroll inside it (site.css). This marks such a box
// as scrollable, so CSS shows a fade at the edge with more columns and the hint
// above it, and keeps both current while the visitor scrolls or resizes.
// Without JavaScript the box still scrolls, with the browser's scrollbar.
(function () {
    "use strict";

    var script = document.currentScript;
    var hintText = script && script.getAttribute("data-hint");

    function frame(box) {
        var wrapper = document.createElement("div");
        wrapper.className = "table-frame";
        box.parentNode.insertBefore(wrapper, box);
        if (hintText) {
            var hint = document.createElement("p");
            hint.className = "table-frame__hint";
            hint.setAttribute("aria-hidden", "true");
            hint.textContent = hintText;
            wrapper.appendChild(hint);
        }
        var viewport = document.createElement("div");
        viewport.className = "table-frame__viewport";
        viewport.appendChild(box);
        wrapper.appendChild(viewport);

        function update() {
            var hidden = box.scrollWidth - box.clientWidth;
            var scrollable = hidden > 1;
            wrapper.classList.toggle("is-scrollable", scrollable);
            wrapper.classList.toggle("has-more-left", scrollable && box.scrollLeft > 1);
            wrapper.classList.toggle("has-more-right", scrollable && box.scrollLeft < hidden - 1);
        }
        box.addEventListener("scroll", update, { passive: true });
        if (window.ResizeObserver) {
            new ResizeObserver(update).observe(box);
        } else {
            window.addEventListener("resize", update);
        }
        update();
    }

    function enhanceAll() {
        document.querySelectorAll(".table-scroll, .data-table__scroll").forEach(frame);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhanceAll);
    } else {
        enhanceAll();
    }
})();
