// Marks the page as having JavaScript before it is drawn, as the NHS.UK frontend expects (a file, not an inline
// script, so the Content-Security-Policy can refuse every inline script).
document.body.className += ' js-enabled nhsuk-frontend-supported';
