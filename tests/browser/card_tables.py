"""What a table of the admin looks like on the screen, for the tests of tables that become cards
on a phone (the desk's list and audit trail): page.evaluate(TABLE_CELLS, "table.desk-list")."""

# Every cell, row by row: its column's name, the label drawn before it (its ::before content),
# whether it shows, its display and box, its text and how many lines it takes; and the widths of
# the table, its box and the page, and whether the head row shows.
TABLE_CELLS = """(selector) => {
  const table = document.querySelector(selector);
  const names = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.cells].map((td, i) => {
    const box = td.getBoundingClientRect();
    return {
      column: names[i],
      label: getComputedStyle(td, "::before").content,
      shown: getComputedStyle(td).display !== "none",
      display: getComputedStyle(td).display,
      text: td.textContent.trim(),
      left: box.left,
      right: box.right,
      width: box.width,
      lines: Math.round(box.height / parseFloat(getComputedStyle(td).lineHeight)),
    };
  }));
  return {
    rows,
    table: table.scrollWidth,
    box: table.parentElement.clientWidth,
    page: document.documentElement.scrollWidth,
    headShown: table.querySelector("thead").getBoundingClientRect().height > 1,
  };
}"""
