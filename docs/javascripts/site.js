/* What Material for MkDocs leaves out for keyboard and screen-reader users: a name for the
   search dialog and for the numbered markers of code annotations (links whose only content
   is a CSS counter), and keyboard focus for the wrapper that scrolls a wide table sideways and for a
   code block that scrolls sideways (on a touch phone Material gives it none, so it is
   otherwise unreachable without a pointer); and a hint on a figure that
   scrolls sideways on a phone. */
(function () {
  "use strict";

  function label(root) {
    var search = document.querySelector(".md-search[role='dialog']");
    if (search && !search.hasAttribute("aria-label")) {
      search.setAttribute("aria-label", "Search");
    }
    var wrappers = document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])");
    for (var j = 0; j < wrappers.length; j++) {
      wrappers[j].setAttribute("tabindex", "0");
      wrappers[j].setAttribute("role", "region");
      wrappers[j].setAttribute("aria-label", "Table (scrolls sideways)");
    }
    var codes = document.querySelectorAll(".md-typeset pre > code:not([tabindex])");
    for (var c = 0; c < codes.length; c++) {
      if (codes[c].scrollWidth <= codes[c].clientWidth + 1) continue;
      var title = codes[c].closest(".highlight");
      title = title && title.querySelector(".filename");
      codes[c].setAttribute("tabindex", "0");
      codes[c].setAttribute("role", "region");
      codes[c].setAttribute("aria-label", "Code (scrolls sideways)" +
        (title ? ": " + title.textContent.split(" · ")[0] : ""));
    }
    var figures = document.querySelectorAll("a.vd-figure");
    for (var k = 0; k < figures.length; k++) {
      figures[k].classList.toggle("vd-wide", figures[k].scrollWidth > figures[k].clientWidth + 1);
    }
    var markers = (root || document).querySelectorAll("a.md-annotation__index");
    for (var i = 0; i < markers.length; i++) {
      var marker = markers[i];
      if (marker.hasAttribute("aria-label")) continue;
      var id = marker.querySelector("[data-md-annotation-id]");
      var number = id ? id.getAttribute("data-md-annotation-id") : "";
      marker.setAttribute("aria-label", "Annotation " + number);
    }
  }

  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      if (records[i].addedNodes.length) {
        label(document);
        return;
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  label(document);
  window.addEventListener("load", function () { label(document); });
  window.addEventListener("resize", function () { label(document); });
})();
