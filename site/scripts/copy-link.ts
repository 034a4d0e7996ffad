/**
 * "Link kopiëren" next to the share links: the button is in the HTML but hidden, and shown only
 * where the browser can write to the clipboard. The confirmation goes to a live region.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!navigator.clipboard || !status) continue;
  button.hidden = false;
  button.onclick = () => {
    // Emptied first, so that a second copy is announced again.
    status.textContent = '';
    return navigator.clipboard.writeText(button.dataset.copyLink!).then(
      () => (status.textContent = 'Link gekopieerd'),
      () => (status.textContent = 'Kopiëren lukte niet; kopieer de link uit de adresbalk.'),
    );
  };
}
