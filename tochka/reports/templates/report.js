// Sorting and filtering of the schools table. Reads only the DOM: no data is ever written into this script.
(function () {
  var table = document.getElementById("schools");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  function key(row, column, numeric) {
    var cell = row.cells[column];
    var value = cell.getAttribute("data-sort");
    if (value === null) { value = cell.textContent.trim(); }
    return numeric ? parseFloat(value) || 0 : value.toLowerCase();
  }
  Array.prototype.forEach.call(headers, function (th, column) {
    th.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "number";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, column, numeric), y = key(b, column, numeric);
        var order = numeric ? x - y : x.localeCompare(y, "ru");
        return ascending ? order : -order;
      });
      Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  var text = document.getElementById("filter-text");
  var region = document.getElementById("filter-region");
  var shown = document.getElementById("shown-count");
  function filter() {
    var query = text.value.trim().toLowerCase();
    var wanted = region.value;
    var count = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var visible = (!query || row.textContent.toLowerCase().indexOf(query) !== -1)
        && (!wanted || row.getAttribute("data-region") === wanted);
      row.hidden = !visible;
      count += visible ? 1 : 0;
    });
    shown.textContent = String(count);
  }
  text.addEventListener("input", filter);
  region.addEventListener("change", filter);
})();
