// Material requests the search index, the largest file of the site, as soon as any page loads.
// Hold that one request back until the reader opens the search (focus or a search shortcut),
// so that reading a page costs only the page. Runs before the theme's bundle.
(() => {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const held = [];
  let released = false;
  const release = () => {
    if (!released) {
      released = true;
      held.splice(0).forEach((start) => start());
    }
  };
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.isSearchIndex = /\/search_index\.json$/.test(String(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (this.isSearchIndex && !released) {
      held.push(() => send.apply(this, body));
      return undefined;
    }
    return send.apply(this, body);
  };
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element && event.target.closest(".md-search")) release();
  });
  document.addEventListener("keydown", (event) => {
    if (["f", "s", "/"].includes(event.key)) release(); // the theme's search shortcuts
  });
})();
