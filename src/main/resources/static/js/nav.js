// The header's menu is open on wide screens and folded behind "Menu" on a phone. The page is
// served with the menu open, so without this script every link is still reachable. Loaded right
// after the header, before the page is first painted, so a phone never sees it flash open.
(function () {
  var menu = document.getElementById("nav-menu");
  if (!menu || !window.matchMedia) return;
  var narrow = window.matchMedia("(max-width: 48rem)");
  function fit() { menu.open = !narrow.matches; }
  fit();
  if (narrow.addEventListener) narrow.addEventListener("change", fit);

  // The user menu is a dropdown: a click elsewhere or Escape closes it.
  function closeDropdowns(except) {
    var open = document.querySelectorAll("details.user-menu[open]");
    for (var i = 0; i < open.length; i++) {
      if (open[i] !== except) open[i].open = false;
    }
  }
  document.addEventListener("click", function (e) {
    var inside = e.target.closest ? e.target.closest("details.user-menu") : null;
    closeDropdowns(inside);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var open = document.querySelector("details.user-menu[open]");
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
})();
