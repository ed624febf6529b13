// Live results: the browser's EventSource on the results stream, Chart.js for the bars, the table
// rebuilt from each event with textContent only (a candidate's name is never parsed as markup).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector("[data-stream]");
    if (!page || typeof EventSource === "undefined") { return; }
    var tbody = document.querySelector("#standings tbody");
    var live = document.getElementById("live");
    var embargo = document.getElementById("embargo");
    var indicator = document.getElementById("live-indicator");
    var chart = null;

    function rowsFromTable() {
      return Array.prototype.map.call(tbody.rows, function (tr) {
        return { name: tr.cells[1].textContent, vote_count: parseInt(tr.cells[2].textContent, 10) || 0 };
      });
    }

    function draw(rows) {
      if (typeof Chart === "undefined") { return; }
      var labels = rows.map(function (r) { return r.name; });
      var data = rows.map(function (r) { return r.vote_count; });
      if (!chart) {
        chart = new Chart(document.getElementById("chart"), {
          type: "bar",
          data: { labels: labels, datasets: [{ label: page.dataset.votesLabel, data: data, backgroundColor: "#0b57d0" }] },
          options: { indexAxis: "y", maintainAspectRatio: false, animation: { duration: 250 },
            scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } }
        });
      } else {
        chart.data.labels = labels;
        chart.data.datasets[0].data = data;
        chart.update();
      }
    }

    // The state badge under the title follows the stream (open, closed, published), in the page's
    // language; once the vote is over, its countdown to the close has nothing left to count.
    function showState(state) {
      var badge = document.querySelector("#main .badge");
      var label = page.getAttribute("data-state-" + String(state).toLowerCase());
      if (!badge || !label) { return; }
      badge.textContent = label;
      badge.className = "badge state-" + String(state).toLowerCase();
      if (state !== "OPEN" && state !== "SCHEDULED") {
        document.querySelectorAll("#main [data-countdown]").forEach(function (c) { c.remove(); });
      }
    }

    function render(s) {
      var rows = document.createDocumentFragment();
      s.standings.forEach(function (c) {
        var tr = document.createElement("tr");
        tr.dataset.choice = c.id;
        [c.rank, c.name, c.vote_count].forEach(function (v, i) {
          var td = document.createElement("td");
          td.textContent = String(v);
          if (i === 2) { td.className = "num"; }
          tr.appendChild(td);
        });
        rows.appendChild(tr);
      });
      tbody.replaceChildren(rows);
      document.getElementById("ballots").textContent = String(s.ballots);
      document.getElementById("voters").textContent = String(s.voters);
      page.dataset.state = s.state;
      showState(s.state);
      live.hidden = false;
      embargo.hidden = true;
      draw(s.standings);
    }

    if (!live.hidden) { draw(rowsFromTable()); }
    var source = new EventSource(page.dataset.stream, { withCredentials: true });
    source.addEventListener("standings", function (e) {
      render(JSON.parse(e.data));
      indicator.hidden = false;
      page.dataset.events = String((parseInt(page.dataset.events || "0", 10)) + 1);
    });
    source.addEventListener("embargoed", function (e) {
      live.hidden = true;
      embargo.hidden = false;
      var hidden = JSON.parse(e.data);
      page.dataset.state = hidden.state;
      showState(hidden.state);
    });
    source.addEventListener("error", function () { indicator.hidden = true; });
  });
})();
