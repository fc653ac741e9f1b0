// Material's search overlay has role="dialog" but no accessible name: give it one.
for (const dialog of document.querySelectorAll('.md-search[role="dialog"]')) {
  dialog.setAttribute("aria-label", "Search");
}
