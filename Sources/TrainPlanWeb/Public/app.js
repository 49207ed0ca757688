// trainplan serve: the few scripts the pages need (upload, live solve chart, re-plan search). Served by the app, no CDN.
"use strict";

function setupUpload() {
  const form = document.querySelector("form[data-upload]");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = document.getElementById("term-name").value;
    const file = document.getElementById("term-file").files[0];
    if (!file) return;
    const box = document.getElementById("upload-errors");
    box.hidden = true;
    const response = await fetch("/api/instances?name=" + encodeURIComponent(name), {
      method: "POST", body: file, headers: { "Content-Type": file.type || "application/zip" }, credentials: "same-origin",
    });
    const body = await response.json().catch(() => ({}));
    if (response.status === 201) { window.location = "/terms/" + body.id; return; }
    const rows = body.errors || [{ file: file.name, message: (body.error && body.error.message) || response.statusText }];
    const tbody = box.querySelector("tbody");
    tbody.replaceChildren(...rows.map((issue) => {
      const tr = document.createElement("tr");
      for (const value of [issue.file, issue.row ?? "", issue.column ?? "", issue.message]) {
        const td = document.createElement("td");
        td.textContent = value;
        tr.appendChild(td);
      }
      return tr;
    }));
    box.hidden = false;
  });
}

function setupSolve() {
  const section = document.getElementById("solve-live");
  if (!section) return;
  const id = section.dataset.solve;
  const texts = JSON.parse(section.dataset.statusTexts || "{}");
  const points = [];
  const format = (value, digits) => (value === null || value === undefined) ? "—" : Number(value).toFixed(digits);

  function showSolve(solve) {
    document.getElementById("solve-status").textContent = texts[solve.status] || solve.status;
    document.getElementById("queue-position").textContent = solve.queue_position ? "#" + solve.queue_position : "";
    showFigures(solve);
    const over = !["queued", "running"].includes(solve.status);
    document.getElementById("stop-form").hidden = over;
    const planLink = document.getElementById("plan-link");
    if (solve.plan && planLink) planLink.hidden = false;
    for (const [link, sectionId, frameId] of [[solve.comparison_html, "comparison", "comparison-frame"],
                                               [solve.frontier_html, "frontier", "frontier-frame"]]) {
      const shown = document.getElementById(sectionId);
      if (link && shown && shown.hidden) {
        const frame = document.getElementById(frameId);
        frame.src = frame.dataset.src;
        shown.hidden = false;
      }
    }
    if (solve.message) document.getElementById("solve-message").textContent = solve.message;
    return over;
  }
  function showFigures(record) {
    if (!document.getElementById("fig-incumbent")) return;
    document.getElementById("fig-incumbent").textContent = format(record.incumbent, 1);
    document.getElementById("fig-bound").textContent = format(record.bound, 1);
    document.getElementById("fig-gap").textContent = record.gap === null || record.gap === undefined ? "—" : (record.gap * 100).toFixed(2) + " %";
    document.getElementById("fig-seconds").textContent = format(record.seconds, 1);
  }
  function draw() {
    const canvas = document.getElementById("progress-chart");
    if (!canvas) return;
    const context = canvas.getContext("2d");
    context.clearRect(0, 0, canvas.width, canvas.height);
    const values = points.flatMap((p) => [p.incumbent, p.bound]).filter((v) => v !== null && v !== undefined);
    if (values.length === 0) return;
    const pad = 40;
    const maxT = Math.max(1, ...points.map((p) => p.seconds));
    let low = Math.min(...values), high = Math.max(...values);
    if (high - low < 1e-9) { high += 1; low -= 1; }
    const x = (t) => pad + (canvas.width - 2 * pad) * t / maxT;
    const y = (v) => canvas.height - pad - (canvas.height - 2 * pad) * (v - low) / (high - low);
    context.strokeStyle = "#9aa5b1";
    context.strokeRect(pad, pad, canvas.width - 2 * pad, canvas.height - 2 * pad);
    context.fillStyle = "#52606d";
    context.font = "12px sans-serif";
    context.fillText(high.toFixed(0), 2, pad);
    context.fillText(low.toFixed(0), 2, canvas.height - pad);
    context.fillText(maxT.toFixed(0) + " s", canvas.width - pad, canvas.height - pad + 16);
    for (const [key, color] of [["incumbent", "#1d4e89"], ["bound", "#e07b00"]]) {
      context.strokeStyle = color;
      context.lineWidth = 2;
      context.beginPath();
      let started = false;
      for (const p of points) {
        if (p[key] === null || p[key] === undefined) continue;
        if (!started) { context.moveTo(x(p.seconds), y(p[key])); started = true; } else { context.lineTo(x(p.seconds), y(p[key])); }
      }
      context.stroke();
    }
  }
  function poll() {
    fetch("/api/solves/" + id, { credentials: "same-origin" }).then((r) => r.json()).then((solve) => {
      if (!showSolve(solve)) setTimeout(poll, 1000);
    });
  }
  if (!["queued", "running"].includes(section.dataset.status)) { poll(); return; }
  if (!window.EventSource) { poll(); return; }
  const source = new EventSource("/api/solves/" + id + "/events");
  source.addEventListener("progress", (event) => { const p = JSON.parse(event.data); points.push(p); showFigures(p); draw(); });
  source.addEventListener("status", (event) => showSolve(JSON.parse(event.data)));
  source.addEventListener("done", (event) => {
    const solve = JSON.parse(event.data);
    // The last progress line can be up to half a second old: end the chart on the final figures.
    if (solve.seconds !== null && solve.seconds !== undefined) {
      points.push({ seconds: solve.seconds, incumbent: solve.incumbent, bound: solve.bound });
      draw();
    }
    showSolve(solve);
    source.close();
  });
  source.onerror = () => { source.close(); poll(); };
}

// Re-plan: search the plan's participants by name or id and add dropouts to the form's list.
function setupReplan() {
  const section = document.getElementById("replan-section");
  if (!section) return;
  const search = document.getElementById("replan-search");
  const results = document.getElementById("replan-results");
  const drop = document.getElementById("replan-drop");
  const chosen = document.getElementById("replan-chosen");
  const addText = document.getElementById("replan-button").dataset.add;
  const ids = () => drop.value.split(/[,，、\s]+/).filter((id) => id.length > 0);
  function showChosen() {
    chosen.textContent = ids().length ? ids().join(", ") : chosen.dataset.empty;
  }
  let pending = null;
  async function lookUp() {
    const query = search.value.trim();
    if (!query) { results.hidden = true; return; }
    const response = await fetch("/api/plans/" + section.dataset.plan + "/participants?q=" + encodeURIComponent(query), { credentials: "same-origin" });
    if (!response.ok) return;
    const body = await response.json();
    results.querySelector("tbody").replaceChildren(...body.participants.map((person) => {
      const tr = document.createElement("tr");
      for (const value of [person.teacher, person.name, person.school_name, person.program, person.cohort]) {
        const td = document.createElement("td");
        td.textContent = value;
        tr.appendChild(td);
      }
      const button = document.createElement("button");
      button.type = "button";
      button.className = "add-dropout";
      button.dataset.teacher = person.teacher;
      button.textContent = addText;
      button.addEventListener("click", () => {
        if (!ids().includes(person.teacher)) drop.value = ids().concat([person.teacher]).join(",");
        showChosen();
      });
      const cell = document.createElement("td");
      cell.appendChild(button);
      tr.appendChild(cell);
      return tr;
    }));
    results.hidden = body.participants.length === 0;
  }
  search.addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(lookUp, 200); });
  drop.addEventListener("input", showChosen);
}

// Forms that cannot be undone (deleting a user) ask first.
function setupConfirmations() {
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => { if (!window.confirm(form.dataset.confirm)) event.preventDefault(); });
  }
}

setupUpload();
setupSolve();
setupReplan();
setupConfirmations();
