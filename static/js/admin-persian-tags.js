/*
 * Tags in the Persian admin (Wagtail's tag field, jQuery tag-it): Wagtail wraps a tag of more
 * than one word in straight double quotes, so that taggit reads "تعاونی مسکن" as one tag and not
 * two, and tag-it shows the tag as its value: «"تعاونی مسکن"» in its chip, English punctuation in
 * Persian text, and the chip says already where the tag begins and ends.
 *
 * The value stays as it is (tag-it finds a tag to remove, or a duplicate, by its chip's text,
 * and the field sent keeps the quotes taggit reads): each quote only moves into a span of its
 * own that admin.css hides (.tag-quote). The chip's text is unchanged for tag-it, as it reads
 * textContent. Persian admin pages only (<html lang="fa">); chips drawn later are followed.
 */
(function () {
  "use strict";

  if ((document.documentElement.lang || "").slice(0, 2) !== "fa") {
    return;
  }

  function quote() {
    var span = document.createElement("span");
    span.className = "tag-quote";
    span.textContent = '"';
    return span;
  }

  function unquote(label) {
    var text = label.textContent;
    if (label.children.length || text.length < 3 || text.charAt(0) !== '"' || text.charAt(text.length - 1) !== '"') {
      return;
    }
    label.textContent = "";
    label.appendChild(quote());
    label.appendChild(document.createTextNode(text.slice(1, -1)));
    label.appendChild(quote());
  }

  function sweep(root) {
    if (root.matches && root.matches(".tagit-label")) {
      unquote(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll("ul.tagit .tagit-label").forEach(unquote);
    }
  }

  function start() {
    sweep(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (added) {
          if (added.nodeType === Node.ELEMENT_NODE) {
            sweep(added);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
