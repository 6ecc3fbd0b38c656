// The sign-in form: posted by fetch, the user and password as HTTP Basic credentials (checked as a script's are, by
// the users of koogallery.admin.users or the server's realm), so that no redirect is needed. Signed in (204, the session's cookie set), the
// page goes on to the console; refused, it shows the form again saying so. Both by a relative address, which the
// browser resolves against the one it used: right behind a balancer that ends TLS. The form also says why it is
// shown again: a refused sign-in, a sign-out, or a session that ended.
(function () {
  'use strict';
  const messages = {
    failed: 'The user or password was not accepted (after repeated failures, sign-ins pause for a while).',
    'signed-out': 'You signed out.',
    expired: 'Your session ended; sign in again.',
    unreachable: 'The connector did not answer; try again.'
  };
  const message = document.getElementById('message');

  function say(reason) {
    message.textContent = messages[reason];
    message.hidden = false;
    message.className = 'message ' + (reason === 'signed-out' ? 'info' : 'error');
  }

  const query = new URLSearchParams(window.location.search);
  const shown = Object.keys(messages).find(k => query.has(k));
  if (shown) {
    say(shown);
  }
  // user:password as HTTP Basic credentials, UTF-8 (btoa alone takes Latin-1 only)
  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    return 'Basic ' + btoa(Array.from(bytes, b => String.fromCharCode(b)).join(''));
  }

  const form = document.getElementById('sign-in');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const user = document.getElementById('username').value;
    const password = document.getElementById('password').value;
    fetch('sign-in', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-KooGallery-Console': '1', Authorization: basic(user, password) } })
      .then(answer => window.location.replace(answer.status === 204 ? './' : 'sign-in.html?failed'),
        () => say('unreachable'));
  });
  document.getElementById('username').focus();
})();
