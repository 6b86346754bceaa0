// Loaded in <head> without defer, before the first paint: marks the page as scripted so the layout shown first is
// the layout site.js enhances (controls shown, a metric page's default chart alone). Nothing moves after paint.
document.documentElement.classList.add("js");
