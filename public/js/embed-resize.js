// On a host page: resize our iframes to the height their content reports.
// Accepts only {type: "yibao-embed-height", height} from a window that is one of our iframes, from the origin of
// that iframe's src; clamps the height to 150–4000 px. The snippet's iframe fills a box whose padding-top holds the
// embed at any width (it works without this script); the box gets the reported height. An iframe pasted without the
// box gets it itself.
(function () {
  "use strict";
  if (window.__yibaoEmbedResize) return;
  window.__yibaoEmbedResize = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "yibao-embed-height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      var height = Math.max(150, Math.min(4000, Math.ceil(data.height))) + "px";
      var box = frame.parentNode;
      if (box && box.style && box.style.position === "relative" && frame.style.position === "absolute")
        box.style.paddingTop = height;
      else frame.style.height = height;
      return;
    }
  });
})();
