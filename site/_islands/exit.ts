// The quick-exit enhancement on every page: GOV.UK Frontend's ExitThisPage component, imported on its
// own. The link works without JavaScript; this adds Shift pressed three times, the blank overlay at
// once, and the reset when someone comes back with the back button (pageshow).
import { ExitThisPage } from "govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs";

// GOV.UK components only start on a page marked as supported; our CSP forbids the usual inline script.
document.body.classList.add("govuk-frontend-supported");
const root = document.querySelector('[data-module="govuk-exit-this-page"]');
if (root) new ExitThisPage(root);
