// The sign-in form says why it is shown again: a refused sign-in, a sign-out, or a session that ended.
(function () {
  'use strict';
  const messages = {
    failed: 'The user or password was not accepted (after repeated failures, sign-ins pause for a while).',
    'signed-out': 'You signed out.',
    expired: 'Your session ended; sign in again.'
  };
  const query = new URLSearchParams(window.location.search);
  const shown = Object.keys(messages).find(k => query.has(k));
  if (shown) {
    const message = document.getElementById('message');
    message.textContent = messages[shown];
    message.hidden = false;
    message.classList.add(shown === 'failed' ? 'error' : 'info');
  }
  document.getElementById('username').focus();
})();
