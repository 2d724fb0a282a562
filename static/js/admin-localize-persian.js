/*
 * wagtail-localize's translation editor (a React app) writes two English strings without
 * gettext, so no catalogue can reach them: "<source> to <target> translation" above the
 * segments, and the screen-reader label "More actions" of its action menu. On Persian admin
 * pages they are put into Persian as the editor draws them.
 */
(function () {
  "use strict";

  if ((document.documentElement.lang || "").slice(0, 2) !== "fa") {
    return;
  }

  var PAIR = /^\s*(.+) to (.+) translation\s*$/;

  function persian(text) {
    if (text.trim() === "More actions") {
      return "کنش‌های بیشتر";
    }
    var pair = PAIR.exec(text);
    return pair ? "ترجمه از " + pair[1] + " به " + pair[2] : null;
  }

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node = walker.nextNode();
    while (node) {
      var text = persian(node.nodeValue);
      if (text !== null) {
        node.nodeValue = text;
      }
      node = walker.nextNode();
    }
  }

  function start() {
    var root = document.querySelector(".js-translation-editor");
    if (!root) {
      return;
    }
    translate(root);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.type === "characterData") {
          var text = persian(mutation.target.nodeValue);
          if (text !== null) {
            mutation.target.nodeValue = text;
          }
        } else {
          mutation.addedNodes.forEach(function (added) {
            if (added.nodeType === Node.TEXT_NODE) {
              var text = persian(added.nodeValue);
              if (text !== null) {
                added.nodeValue = text;
              }
            } else if (added.nodeType === Node.ELEMENT_NODE) {
              translate(added);
            }
          });
        }
      });
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
