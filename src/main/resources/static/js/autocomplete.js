// Tag suggestions for inputs marked data-autocomplete="<TagType>" (a type exactly as the API names
// it: Fandom, Relationship, Character, Freeform...; empty for tags of any type). Fields hold comma-separated
// tags: suggestions are for the tag being typed after the last comma, and picking one replaces it.
(function () {
  "use strict";
  function attach(input) {
    var type = input.getAttribute("data-autocomplete");
    // data-autocomplete-single: the field holds one tag; data-autocomplete-canonical: only
    // canonical tags are valid there (wrangling fields), so only those are suggested.
    var single = input.hasAttribute("data-autocomplete-single");
    var canonicalOnly = input.hasAttribute("data-autocomplete-canonical");
    var list = document.createElement("ul");
    list.className = "autocomplete";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    var label = input.labels && input.labels[0];
    if (label) list.setAttribute("aria-label", "Suggestions for " + label.textContent.trim());
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.parentNode.insertBefore(list, input.nextSibling);
    var active = -1, timer = null, seq = 0;

    function current() {
      if (single) return input.value.trim();
      var parts = input.value.split(/[,，、]/);
      return parts[parts.length - 1].trim();
    }
    function close() {
      list.hidden = true; list.innerHTML = ""; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function pick(name) {
      if (single) { input.value = name; close(); input.focus(); return; }
      var parts = input.value.split(/[,，、]/);
      parts[parts.length - 1] = " " + name;
      input.value = parts.map(function (p) { return p.trim(); }).filter(Boolean).join(", ") + ", ";
      close();
      input.focus();
    }
    function highlight(i) {
      var items = list.querySelectorAll("li");
      items.forEach(function (li, n) { li.setAttribute("aria-selected", n === i ? "true" : "false"); });
      active = i;
      // Screen readers announce the option the input points at while focus stays in the input.
      if (items[i]) {
        input.setAttribute("aria-activedescendant", items[i].id);
        items[i].scrollIntoView({ block: "nearest" });
      }
    }
    function show(suggestions) {
      list.innerHTML = "";
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = s.name;
        if (s.canonical) li.className = "canonical";
        li.addEventListener("mousedown", function (e) { e.preventDefault(); pick(s.name); });
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = current();
      if (q.length < 1) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch("/api/v1/autocomplete/tags?q=" + encodeURIComponent(q) +
              (type ? "&type=" + encodeURIComponent(type) : "") +
              (canonicalOnly ? "&canonical=true" : ""))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (s) { if (mine === seq) show(s); })
          .catch(close);
      }, 120);
    });
    input.addEventListener("keydown", function (e) {
      var items = list.querySelectorAll("li");
      if (list.hidden || !items.length) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(items[active].textContent); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(attach);
  });
})();
