// Entry point: GOV.UK Frontend components, then the chronology timeline where there is one.
import { initAll } from "/static/vendor/govuk/govuk-frontend.min.js";
import { initTimelines } from "/static/timeline.js";

initAll();
initTimelines(document);
