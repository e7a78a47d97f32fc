// Drives the reference page as a reader would (page.py appends it with CASES) and writes what the
// page shows into a `pre` element with the id `result`.
"use strict";
(() => {
  const rows = [...document.querySelectorAll("#rows tr")];
  const shown = () => rows.filter((r) => !r.hidden).map((r) => Number(r.id));
  const search = document.getElementById("search");
  const select = document.getElementById("lang");
  const type = (text) => {
    search.value = text;
    search.dispatchEvent(new Event("input"));
  };
  const layout = (tag) => {
    select.value = tag;
    select.dispatchEvent(new Event("change"));
    const row = document.getElementById(String(CASES.rtl_code));
    const [code, name] = [row.cells[0], row.cells[1]].map((c) => c.getBoundingClientRect());
    return {
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      direction: getComputedStyle(row).direction,
      codeRightOfName: code.left > name.left,
      codeDirection: getComputedStyle(row.cells[0]).direction,
      summary: row.querySelector(".summary").textContent,
    };
  };
  const report = { searches: CASES.queries.map((q) => (type(q), shown())) };
  type("");
  report.all = shown().length;
  report.links = rows.filter((r) => r.querySelector("a").getAttribute("href") === "#" + r.id).length;
  report.languages = select.options.length;
  report.arabic = layout("ar");
  report.english = layout("en");
  const pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = JSON.stringify(report);
  document.body.append(pre);
})();
