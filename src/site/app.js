// A single-page app without a build step: the browser routes, CloudFront answers every unknown path
// with index.html (the stack's custom error responses), and this script shows the page for the path.
const pages = {
  "/": () => `<h1>Hello from the static site</h1>
    <p>This page is one release of <code>src/site</code>, published by <code>make update_stack STACK=static-site</code>.</p>`,
  "/about": () => `<h1>About</h1>
    <p>Each release sits in the bucket under <code>releases/&lt;commit&gt;/</code>; the stack's origin path names the
    one served, so a rollback is <code>make update_stack STACK=static-site COMMIT=&lt;older commit&gt;</code>.</p>`,
};

function show(path) {
  const page = pages[path] ?? (() => `<h1>Not found</h1><p>No page at <code>${escape(path)}</code>.</p>`);
  document.getElementById("view").innerHTML = page();
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-route]");
  if (link) {
    event.preventDefault();
    history.pushState({}, "", link.getAttribute("href"));
    show(location.pathname);
  }
});
window.addEventListener("popstate", () => show(location.pathname));
show(location.pathname);
