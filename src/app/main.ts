// PLACEHOLDER — the explorer (issue 4).
const root = document.getElementById('app');
if (root) root.textContent = 'newsgraph explorer';
