/* Accessible names for two elements Material for MkDocs creates without one:
   the search dialog, and the numbered markers of code annotations (links whose only
   content is a CSS counter, so screen readers announce nothing). */
(function () {
  "use strict";

  function label(root) {
    var search = document.querySelector(".md-search[role='dialog']");
    if (search && !search.hasAttribute("aria-label")) {
      search.setAttribute("aria-label", "Search");
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
})();
