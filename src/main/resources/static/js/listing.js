// The listing sidebar on a phone: folded behind the "Filters" button above the results. Opening it
// moves focus to its heading (it follows the results in the page); a sidebar holding a message
// about a malformed filter starts open.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("filters-toggle");
    var panel = document.getElementById("filters-panel");
    var listing = panel && panel.closest(".listing");
    if (!button || !listing) return;
    var phone = window.matchMedia("(max-width: 52rem)");
    function set(open) {
      listing.classList.toggle("filters-folded", !open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.hidden = false;
    set(!phone.matches || document.getElementById("filter-errors") !== null);
    button.addEventListener("click", function () {
      var open = listing.classList.contains("filters-folded");
      set(open);
      if (open) document.getElementById("filters-heading").focus();
    });
    phone.addEventListener("change", function () { set(!phone.matches); });
  });
})();
