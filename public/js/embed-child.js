// Inside an embed page (or a report page opened as a report chart's embed, at #embed-<chart>): tell the host page
// our height. Message: {type: "yibao-embed-height", height: <px>}.
(function () {
  "use strict";
  if (window.parent === window) return;
  // By the URL's fragment, not :target: a deferred script can run before the browser sets the target.
  var mark = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!document.body.classList.contains("bare") && !(mark && mark.classList.contains("embed-mark"))) return;
  var last = 0;
  var send = function () {
    // The body, not the document: the document is never shorter than the iframe, so it could never shrink.
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: "yibao-embed-height", height: h }, "*");
  };
  window.addEventListener("load", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.body);
  else window.addEventListener("resize", send);
  send();
})();
