// The quick-exit enhancement on every page: GOV.UK Frontend's ExitThisPage component, imported on its
// own. The link works without JavaScript; this adds Shift pressed three times, the blank overlay at
// once, and the reset when someone comes back with the back button (pageshow).
import { ExitThisPage } from "govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs";

/**
 * GOV.UK's component, but leaving replaces this page's history entry instead of adding one, so Back
 * from the weather page does not return to this page where the browser allows it. The rest is
 * GOV.UK's exitPage(): blank the page at once and announce that it is leaving.
 */
class ExitWithoutReturn extends ExitThisPage {
  exitPage() {
    document.body.classList.add("govuk-exit-this-page-hide-content");
    const overlay = document.createElement("div");
    overlay.className = "govuk-exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = this.i18n.t("activated");
    document.body.appendChild((this.$overlay = overlay));
    location.replace(this.$button.href);
  }
}

// GOV.UK components only start on a page marked as supported; our CSP forbids the usual inline script.
document.body.classList.add("govuk-frontend-supported");
const root = document.querySelector('[data-module="govuk-exit-this-page"]');
if (root) new ExitWithoutReturn(root);

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
