/** Taakvenster: wordt uitgebouwd tot het dossieroverzicht (issue "Task pane"). */
Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Klaar.";
});
