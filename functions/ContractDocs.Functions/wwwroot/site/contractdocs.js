// ContractDocs pages: the NHS.UK frontend's components, then two enhancements of the commissioner's form. Everything
// here is optional: without JavaScript the same forms post to the server, which does the same work.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();

// The live plan: every change of a specification asks the server for the plan panel (the resolver's answer rendered
// as the page renders it) and swaps it in. Only the newest answer is shown; a failed request leaves the last plan and
// says so. The panel's contents are replaced in place, and a short status (how many clauses, how many things to resolve)
// is what a screen reader announces, not the whole panel.
const planForm = document.querySelector('form[data-plan-form]');
const planPanel = document.getElementById('plan');
if (planForm && planPanel) {
  const status = document.createElement('p');
  status.className = 'nhsuk-u-visually-hidden';
  status.id = 'plan-status';
  status.setAttribute('role', 'status');
  planPanel.before(status);
  let pending = null;
  let timer = 0;
  const refresh = async () => {
    pending?.abort();
    const request = new AbortController();
    pending = request;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(planForm)) {
      if (name === 'release' || name === 'model' || name === 'spec' || name === '__RequestVerificationToken') body.append(name, value);
    }
    try {
      const response = await fetch('/contracts/plan', { method: 'POST', body, signal: request.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      if (pending !== request) return;
      const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('plan');
      // The clause list stays open if the commissioner opened it.
      const wasOpen = planPanel.querySelector('#plan-clauses')?.open;
      planPanel.replaceChildren(...fresh.childNodes);
      if (wasOpen) planPanel.querySelector('#plan-clauses')?.setAttribute('open', '');
      const conflicts = planPanel.querySelector('#plan-conflicts .nhsuk-warning-callout__label');
      status.textContent = [planPanel.querySelector('#plan-count')?.textContent, conflicts?.textContent.replace('Important: ', '')].filter(Boolean).join(' ');
    } catch (error) {
      if (error.name === 'AbortError') return;
      if (!planPanel.querySelector('[data-plan-stale]')) {
        planPanel.insertAdjacentHTML('afterbegin', '<p class="nhsuk-body-s" data-plan-stale>The plan could not be updated just now; it will be checked again when you continue.</p>');
      }
    }
  };
  planForm.addEventListener('change', (event) => {
    if (event.target.name !== 'spec') return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 120);
  });
}

// Rows (parties, people, outcomes, payment at risk, contributions): add and remove in the page. Field names keep the
// server's form (v.name[i].field) and rows are renumbered after every change, so the post is what the server expects.
const rowsForm = document.querySelector('form[data-rows-form]');
if (rowsForm) {
  const renumber = (group) => {
    const variable = group.dataset.rows;
    const rowName = group.dataset.rowName;
    group.querySelectorAll(':scope > [data-row]').forEach((row, index) => {
      row.querySelector('[data-row-label]').textContent = `${rowName} ${index + 1}`;
      row.querySelectorAll('[name]').forEach((field) => {
        if (field.name.startsWith(`v.${variable}[`)) field.name = field.name.replace(/\[\d+\]/, `[${index}]`);
      });
      row.querySelectorAll('[id]').forEach((field) => {
        field.id = field.id.replace(new RegExp(`^v-${variable}-\\d+-`), `v-${variable}-${index}-`);
      });
      row.querySelectorAll('label[for]').forEach((label) => {
        label.htmlFor = label.htmlFor.replace(new RegExp(`^v-${variable}-\\d+-`), `v-${variable}-${index}-`);
      });
      row.querySelectorAll('[aria-describedby]').forEach((field) => {
        field.setAttribute('aria-describedby', field.getAttribute('aria-describedby').replace(new RegExp(`(^| )v-${variable}-\\d+-`, 'g'), `$1v-${variable}-${index}-`));
      });
      const remove = row.querySelector('[data-remove]');
      remove.value = `${variable}:${index}`;
      // A summary card's buttons say "Change" and "Remove" with the row's name for screen readers only.
      const removeName = remove.querySelector('[data-remove-name]');
      if (removeName) removeName.textContent = ` ${rowName.toLowerCase()} ${index + 1}`;
      else remove.textContent = `Remove ${rowName.toLowerCase()} ${index + 1}`;
      row.querySelectorAll('button[name=edit]').forEach((edit) => {
        edit.value = `${variable}:${index}`;
        edit.setAttribute('formaction', edit.getAttribute('formaction').replace(new RegExp(`#v-${variable}-\\d+-`), `#v-${variable}-${index}-`));
      });
    });
  };
  // A checkbox (a party's roles) keeps its value and is unticked; any other input is emptied.
  const clear = (input) => { if (input.type === 'checkbox') input.checked = false; else input.value = ''; };
  const status = document.createElement('div');
  status.className = 'nhsuk-u-visually-hidden';
  status.setAttribute('aria-live', 'polite');
  rowsForm.append(status);

  rowsForm.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-add], button[data-remove]');
    if (!button) return;
    const group = button.closest('[data-rows]');
    const rows = group.querySelectorAll(':scope > [data-row]');
    // A new row is copied from the last one; when that is a summary card, the server makes the new row instead.
    if (button.hasAttribute('data-add') && rows[rows.length - 1].hasAttribute('data-row-summary')) return;
    event.preventDefault();
    if (button.hasAttribute('data-add')) {
      const copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelectorAll('input').forEach(clear);
      copy.querySelectorAll('select').forEach((select) => { select.selectedIndex = 0; });
      copy.querySelectorAll('.nhsuk-error-message').forEach((message) => message.remove());
      copy.querySelectorAll('.nhsuk-form-group--error').forEach((field) => field.classList.remove('nhsuk-form-group--error'));
      rows[rows.length - 1].after(copy);
      renumber(group);
      status.textContent = `${group.dataset.rowName} ${rows.length + 1} added.`;
      copy.querySelector('input, select').focus();
      return;
    }
    const row = button.closest('[data-row]');
    if (rows.length === 1) {
      // The last row stays, emptied, as the server does.
      row.querySelectorAll('input').forEach(clear);
      row.querySelectorAll('select').forEach((select) => { select.selectedIndex = 0; });
      status.textContent = `${group.dataset.rowName} 1 cleared.`;
      row.querySelector('input:not([type=hidden]), select, button').focus();
      return;
    }
    const next = row.nextElementSibling?.matches('[data-row]') ? row.nextElementSibling : row.previousElementSibling;
    row.remove();
    renumber(group);
    status.textContent = `${group.dataset.rowName} removed.`;
    next.querySelector('input:not([type=hidden]), select, button').focus();
  });
}
