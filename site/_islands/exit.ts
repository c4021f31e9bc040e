// The quick-exit enhancement on every page: GOV.UK Frontend's ExitThisPage component, imported on its
// own. The link works without JavaScript; this adds Shift pressed three times, the blank overlay at
// once, and the reset when someone comes back with the back button (pageshow).
import { ExitThisPage } from "govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs";

// GOV.UK components only start on a page marked as supported; our CSP forbids the usual inline script.
document.body.classList.add("govuk-frontend-supported");
const root = document.querySelector('[data-module="govuk-exit-this-page"]');
if (root) new ExitThisPage(root);

// Search: swap the header's link for the field it carries in a <template>; load the search island
// only when someone focuses the field (a content page that is not searched loads nothing of search).
const search = document.querySelector("[data-search]");
const field = search?.querySelector("template");
if (search && field) {
  search.replaceChildren(field.content);
  search.addEventListener(
    "focusin",
    () => document.head.append(Object.assign(document.createElement("script"), { type: "module", src: "/assets/search.js" })),
    { once: true },
  );
}
