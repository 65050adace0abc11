// A form that came back with errors: focus its error summary, so the problems are read first, and
// make each link in it focus its field (a link to a group of checkboxes focuses the first box).
(function () {
  function focusable(target) {
    if (target.matches("input, select, textarea, button")) return target;
    return target.querySelector("input:not([type=hidden]), select, textarea, button");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (!summary) return;
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (!link) return;
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      var field = target && focusable(target);
      if (!field) return;
      event.preventDefault();
      var label = field.id ? document.querySelector("label[for='" + CSS.escape(field.id) + "']") : null;
      var legend = target.querySelector("legend");
      (legend || label || field).scrollIntoView({ block: "start" });
      field.focus({ preventScroll: true });
      history.replaceState(null, "", link.getAttribute("href"));
    });
  });
})();
