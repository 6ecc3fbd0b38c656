// The operator's console: every page is read from the admin API (/koogallery/admin/…) with the console's session
// cookie; every change carries the session's CSRF token. Values are always set as text, never as HTML.
(function () {
  'use strict';

  const ADMIN = '../admin/';
  const LEFT = 'the page was left';
  const page = document.getElementById('page');
  let csrfToken = null;
  // counts the pages opened: an answer that arrives after its page was left is dropped, so that a slow page never
  // replaces the one the operator went on to
  let navigation = 0;

  // --- talking to the admin API -------------------------------------------------------------------------------

  async function api(path, options) {
    const headers = { 'X-KooGallery-Console': '1', 'Accept': 'application/json' };
    if (options && options.method && options.method !== 'GET') {
      headers['X-CSRF-Token'] = csrfToken;
    }
    const openedOn = navigation;
    const response = await fetch(ADMIN + path, Object.assign({ headers: headers, credentials: 'same-origin' }, options));
    if (response.status === 401) {
      window.location.href = 'sign-in.html?expired';
      throw new Error('signed out');
    }
    const text = await response.text();
    if (openedOn !== navigation) {
      throw new Error(LEFT);
    }
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error((body && body.detail) || ('HTTP ' + response.status));
    }
    return { body: body, next: nextKey(response.headers.get('Link')) };
  }

  function nextKey(link) {
    const match = link && /<([^>]*)>\s*;\s*rel="?next"?/.exec(link);
    return match ? new URL(match[1], window.location.href).searchParams.get('after') : null;
  }

  // --- building the page -------------------------------------------------------------------------------------

  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name.startsWith('on')) {
        element.addEventListener(name.substring(2), value);
      } else {
        element.setAttribute(name, value === true ? '' : value);
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return element;
  }

  function when(instant) {
    return instant ? new Date(instant).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
  }

  function code(resultCode) {
    return h('span', { class: resultCode === '000000' ? 'ok' : 'bad' }, resultCode || '');
  }

  function state(value) {
    const css = { DONE: 'ok', SUCCESS: 'ok', VERIFIED: 'ok', PENDING: 'warn', FAILED: 'bad' }[value] || '';
    return h('span', { class: css }, value || '');
  }

  /** A table of rows; columns are [heading, row => cell]; a row with a link opens it when clicked. */
  function table(id, columns, rows, link) {
    return h('table', { id: id },
      h('thead', null, h('tr', null, columns.map(c => h('th', null, c[0])))),
      h('tbody', null, rows.length === 0 ? h('tr', null, h('td', { colspan: columns.length, class: 'muted' }, 'nothing'))
        : rows.map(row => h('tr', link ? { class: 'link', 'data-id': link(row).id, onclick: () => go(link(row).href) } : null,
          columns.map(c => h('td', null, c[1](row)))))));
  }

  /** A list read page by page: a "Next page" button while the API names one. */
  function pagedTable(id, columns, path, link) {
    const holder = h('div', null);
    const pages = [];
    async function load(after) {
      const separator = path.includes('?') ? '&' : '?';
      const result = await api(path + (after ? separator + 'after=' + encodeURIComponent(after) : ''));
      pages.push(after);
      holder.replaceChildren(table(id, columns, result.body, link),
        h('div', { class: 'pager' },
          pages.length > 1 ? h('button', { type: 'button', onclick: () => { pages.length = 0; load(null); } }, 'First page') : null,
          result.next ? h('button', { type: 'button', id: id + '-next', onclick: () => load(result.next) }, 'Next page') : null));
    }
    load(null).catch(failed);
    return holder;
  }

  function show(...content) {
    page.replaceChildren(...content);
  }

  function failed(error) {
    if (error.message !== 'signed out' && error.message !== LEFT) {
      page.prepend(h('p', { class: 'message error', id: 'error' }, error.message));
    }
  }

  function go(hash) {
    window.location.hash = hash;
  }

  function action(label, name, path, done) {
    return h('button', { type: 'button', 'data-action': name, onclick: async () => {
      try {
        await api(path, { method: 'POST' });
        done();
      } catch (e) {
        failed(e);
      }
    } }, label);
  }

  // --- the pages -----------------------------------------------------------------------------------------------

  async function overview() {
    const o = (await api('overview')).body;
    const a = o.activity;
    const families = Object.entries(a.callbacksByFamily);
    const failures = Object.entries(a.verificationFailures);
    const c = o.configuration;
    show(h('h1', null, 'Overview ', h('span', { class: 'muted' }, '· last 24 hours · version ' + o.version)),
      h('div', { class: 'cards' },
        h('div', { class: 'card', id: 'callbacks-card' }, h('h3', null, 'Callbacks by family and result code'),
          families.length === 0 ? h('p', { class: 'muted' }, 'none') : h('table', null, h('tbody', null,
            families.map(([family, codes]) => h('tr', null, h('td', null, family),
              h('td', null, Object.entries(codes).map(([rc, n]) => h('div', null, code(rc), ' × ' + n)))))))),
        h('div', { class: 'card' }, h('h3', null, 'Verification failures'),
          failures.length === 0 ? h('p', { class: 'ok' }, 'none') : failures.map(([reason, n]) =>
            h('div', null, h('span', { class: 'bad' }, reason), ' × ' + n))),
        h('div', { class: 'card' }, h('h3', null, 'Answer time (ms)'),
          h('div', { class: 'big' }, a.latency.median + ' median'),
          h('div', null, 'p99 ' + a.latency.p99 + ' · slowest ' + a.latency.slowest + ' · ' + a.latency.count + ' calls')),
        h('div', { class: 'card' }, h('h3', null, 'Usage'),
          h('div', null, a.usage.eventsToday + ' events today'),
          h('div', null, a.usage.recordsWaiting + ' records waiting'),
          h('div', { class: a.usage.deadLetters ? 'bad' : '' }, a.usage.deadLetters + ' dead letters'),
          h('div', null, 'last push ' + (when(a.usage.lastPush) || 'never')))),
      h('h2', null, 'Work'),
      table('work-counts', [['kind', w => w.kind], ['pending', w => w.pending],
        ['failing', w => h('span', { class: w.failing ? 'warn' : '' }, w.failing)],
        ['given up', w => h('span', { class: w.givenUp ? 'bad' : '' }, w.givenUp)]], a.work),
      h('h2', null, 'Configuration'),
      table('configuration', [['setting', e => e[0]], ['state', e => configured(e[1])]], Object.entries(c)),
      h('h2', null, 'Nodes'),
      table('nodes', [['node', n => n.name], ['version', n => n.version], ['started', n => when(n.startedAt)],
        ['last seen', n => when(n.seenAt)], ['', n => h('span', { class: n.alive ? 'ok' : 'bad' }, n.alive ? 'alive' : 'silent')]],
      o.nodes));
  }

  function configured(value) {
    if (value === 'set') {
      return h('span', { class: 'ok' }, 'set');
    }
    if (value === 'missing') {
      return h('span', { class: 'warn' }, 'missing');
    }
    if (value && typeof value === 'object') {
      if ('up' in value) {
        return h('span', { class: value.up ? 'ok' : 'bad' }, (value.up ? 'up · ' : 'down · ') + value.detail);
      }
      return Object.entries(value).map(([k, v]) => k + ': ' + v).join(' · ');
    }
    return value === null || value === undefined ? '' : String(value);
  }

  const INSTANCE_COLUMNS = [['instance', i => h('code', null, i.instanceId)], ['order', i => i.orderId],
    ['version', i => i.protocolVersion], ['lifecycle', i => i.lifecycle], ['provisioning', i => state(i.provisioning)],
    ['test', i => i.test ? 'test' : ''], ['created', i => when(i.createdAt)]];

  function instances(query) {
    const term = query.get('q') || '';
    const search = h('form', { class: 'filters', id: 'instance-search', onsubmit: e => {
      e.preventDefault();
      go('#/instances?q=' + encodeURIComponent(e.target.q.value.trim()));
    } }, h('label', null, 'Instance id, order id or customer', h('input', { name: 'q', id: 'q', value: term, size: 40 })),
    h('button', { type: 'submit', class: 'primary' }, 'Find'));
    const link = i => ({ id: i.instanceId, href: '#/instances/' + encodeURIComponent(i.instanceId) });
    if (term) {
      show(h('h1', null, 'Instances'), search, h('div', { id: 'results' }));
      api('instances?q=' + encodeURIComponent(term)).then(r =>
        document.getElementById('results').replaceChildren(table('instances', INSTANCE_COLUMNS, r.body, link))).catch(failed);
    } else {
      show(h('h1', null, 'Instances'), search, pagedTable('instances', INSTANCE_COLUMNS, 'instances', link));
    }
  }

  const CALLBACK_COLUMNS = [['id', c => c.id], ['ref', c => h('code', null, c.ref)], ['received', c => when(c.receivedAt)], ['address', c => c.method + ' ' + c.address],
    ['activity', c => c.activity], ['verification', c => state(c.verification)], ['result', c => code(c.resultCode)],
    ['ms', c => c.durationMs], ['instance', c => c.instanceId], ['node', c => c.node]];
  const callbackLink = c => ({ id: c.id, href: '#/callbacks/' + c.id });

  async function instance(id) {
    const d = (await api('instances/' + encodeURIComponent(id))).body;
    const i = d.instance;
    show(h('h1', null, 'Instance ', h('code', { id: 'instance-id' }, i.instanceId)),
      table('instance', [['order', () => i.orderId + ' / ' + i.orderLineId], ['version', () => i.protocolVersion],
        ['lifecycle', () => i.lifecycle], ['provisioning', () => state(i.provisioning)],
        ['error', () => i.provisioningError], ['product', () => i.productId], ['charging', () => i.chargingMode],
        ['expires', () => when(i.expireTime)]], [i]),
      h('h2', null, 'Callbacks'), table('instance-callbacks', CALLBACK_COLUMNS.concat([['answer', c => h('code', null, c.answerBody)]]),
        d.callbacks, callbackLink),
      h('h2', null, 'Provisioning jobs'), jobTable('instance-jobs', d.jobs, () => instance(id)),
      h('h2', null, 'Outbound work'), outboundTable('instance-outbound-jobs', d.outboundJobs, () => instance(id)),
      h('h2', null, 'Open-API calls'), table('instance-outbound-calls', OUTBOUND_CALL_COLUMNS, d.outboundCalls),
      h('h2', null, 'Hourly usage'), usageTable('instance-usage', d.usage, () => instance(id)));
  }

  function callbacks(query) {
    const fields = ['ref', 'family', 'activity', 'resultCode', 'verification', 'instanceId', 'from', 'to'];
    const filter = h('form', { class: 'filters', id: 'callback-filter', onsubmit: e => {
      e.preventDefault();
      const chosen = new URLSearchParams();
      fields.forEach(f => { if (e.target[f].value.trim()) { chosen.set(f, e.target[f].value.trim()); } });
      go('#/callbacks?' + chosen);
    } },
    h('label', null, 'reference (from a log line)', h('input', { name: 'ref', value: query.get('ref') || '', size: 16 })),
    h('label', null, 'family', h('select', { name: 'family' }, ['', 'saas', 'kit', 'license', 'license-code', 'sso']
      .map(f => h('option', { value: f, selected: query.get('family') === f }, f || 'any')))),
    h('label', null, 'activity', h('input', { name: 'activity', value: query.get('activity') || '', size: 14 })),
    h('label', null, 'result code', h('input', { name: 'resultCode', value: query.get('resultCode') || '', size: 7 })),
    h('label', null, 'verification', h('select', { name: 'verification' }, ['', 'VERIFIED', 'SIGNATURE_MISSING',
      'SIGNATURE_MISMATCH', 'PARAMETERS_MISSING', 'TIMESTAMP_OUTSIDE_WINDOW', 'NONCE_REPLAYED', 'BODY_TOO_LARGE', 'BUSY',
      'NO_KEY_CONFIGURED', 'ANSWERED_BEFORE'].map(v => h('option', { value: v, selected: query.get('verification') === v }, v || 'any')))),
    h('label', null, 'instance', h('input', { name: 'instanceId', value: query.get('instanceId') || '', size: 16 })),
    h('label', null, 'from (ISO-8601)', h('input', { name: 'from', value: query.get('from') || '', size: 20 })),
    h('label', null, 'to', h('input', { name: 'to', value: query.get('to') || '', size: 20 })),
    h('button', { type: 'submit', class: 'primary' }, 'Filter'));
    const chosen = new URLSearchParams();
    fields.forEach(f => { if (query.get(f)) { chosen.set(f, query.get(f)); } });
    show(h('h1', null, 'Callbacks'), filter, pagedTable('callbacks', CALLBACK_COLUMNS, 'callbacks?' + chosen, callbackLink));
  }

  async function callback(id) {
    const c = (await api('callbacks/' + encodeURIComponent(id))).body;
    show(h('h1', null, 'Callback ' + c.id),
      table('callback', CALLBACK_COLUMNS.concat([['key', x => x.keyId], ['message', x => x.resultMsg]]), [c]),
      h('h2', null, 'Request (secrets redacted)'),
      c.requestQuery ? h('pre', { id: 'request-query' }, c.requestQuery) : null,
      h('pre', { id: 'request-body' }, c.requestBody || '(no body)'),
      h('h2', null, 'Answer'), h('pre', { id: 'answer-body' }, c.answerBody || '(none)'),
      c.instanceId ? h('p', null, h('a', { href: '#/instances/' + encodeURIComponent(c.instanceId) }, 'The instance ' + c.instanceId)) : null);
  }

  function jobTable(id, rows, reload) {
    return table(id, [['id', j => j.id], ['instance', j => j.instanceId], ['action', j => j.action], ['state', j => state(j.state)],
      ['attempts', j => j.attempts], ['next attempt', j => when(j.nextAttemptAt)], ['last error', j => j.lastError],
      ['', j => workActions('jobs', j, reload)]], rows);
  }

  function outboundTable(id, rows, reload) {
    return table(id, [['id', j => j.id], ['kind', j => j.kind], ['subject', j => j.subject + ' / ' + j.subjectLine],
      ['state', j => state(j.state)], ['attempts', j => j.attempts], ['next attempt', j => when(j.nextAttemptAt)],
      ['last error', j => j.lastError], ['', j => workActions('outbound-jobs', j, reload)]], rows);
  }

  function workActions(kind, job, reload) {
    if (job.state === 'DONE') {
      return '';
    }
    return h('span', { class: 'actions', 'data-job': kind + '/' + job.id },
      action('Retry now', 'retry', kind + '/' + job.id + '/retry', reload),
      job.state === 'PENDING' ? action('Give up', 'give-up', kind + '/' + job.id + '/give-up', reload) : null);
  }

  function usageTable(id, rows, reload) {
    return table(id, [['id', r => r.id], ['instance', r => r.instanceId], ['hour', r => when(r.periodStart)],
      ['metering_sn', r => h('code', null, r.meteringSn)], ['value', r => r.usageValue], ['state', r => state(r.state)],
      ['attempts', r => r.attempts], ['reason', r => r.lastError],
      ['', r => r.state === 'FAILED' ? h('span', { class: 'actions', 'data-record': r.id },
        action('Push again', 'repush', 'usage-records/' + r.id + '/repush', reload)) : '']], rows);
  }

  const OUTBOUND_CALL_COLUMNS = [['id', c => c.id], ['called', c => when(c.calledAt)], ['api', c => c.api],
    ['subject', c => c.subject], ['HTTP', c => c.httpStatus], ['outcome', c => state(c.outcome)],
    ['error', c => c.errorCode], ['ms', c => c.durationMs], ['answer', c => h('code', null, c.answerBody)]];

  async function work(query) {
    const jobState = ['FAILED', 'PENDING', 'DONE'].includes(query.get('state')) ? query.get('state') : 'FAILED';
    const reload = () => work(query);
    const [jobs, outbound, dead] = await Promise.all([api('jobs?state=' + jobState), api('outbound-jobs?state=' + jobState),
      api('usage-records?state=FAILED')]);
    show(h('h1', null, 'Work'),
      h('div', { class: 'filters' }, ['FAILED', 'PENDING', 'DONE'].map(s =>
        h('button', { type: 'button', class: s === jobState ? 'primary' : '', 'data-state': s,
          onclick: () => go('#/work?state=' + s) }, { FAILED: 'Given up', PENDING: 'Waiting', DONE: 'Done' }[s]))),
      h('h2', null, 'Provisioning jobs'), jobTable('jobs', jobs.body, reload),
      h('h2', null, 'Outbound jobs'), outboundTable('outbound-jobs', outbound.body, reload),
      h('h2', null, 'Usage dead letters'), usageTable('dead-letters', dead.body, reload),
      h('h2', null, 'Open-API calls'), pagedTable('outbound-calls', OUTBOUND_CALL_COLUMNS, 'outbound-calls'));
  }

  function tenants() {
    show(h('h1', null, 'Joint operation'), pagedTable('tenants', [['tenant', t => h('code', null, t.tenantId)],
      ['code', t => t.tenantCode], ['name', t => t.name], ['domain', t => t.domainName], ['test', t => t.test ? 'test' : ''],
      ['updated', t => when(t.updatedAt)]], 'tenants', t => ({ id: t.tenantId, href: '#/tenants/' + encodeURIComponent(t.tenantId) })));
  }

  async function tenant(id) {
    const d = (await api('tenants/' + encodeURIComponent(id))).body;
    show(h('h1', null, 'Tenant ', h('code', null, d.tenant.tenantId), ' ' + d.tenant.name),
      h('h2', null, 'Apps'), table('apps', [['instance', a => a.instanceId], ['app', a => a.appId], ['client id', a => a.clientId],
        ['updated', a => when(a.updatedAt)]], d.applications),
      h('h2', null, 'Authorised users'), table('authorisations', [['app', a => a.appId], ['user', a => a.userName],
        ['role', a => a.role], ['enabled', a => a.enabled ? 'yes' : 'no'], ['revoked', a => a.revoked ? 'revoked' : '']], d.authorisations),
      h('h2', null, 'Departments'), h('div', { id: 'departments' }, departmentTree(d.departments)),
      h('h2', null, 'Users'), pagedTable('users', [['user', u => u.userName], ['name', u => u.name], ['department', u => u.orgCode],
        ['position', u => u.position]], 'tenants/' + encodeURIComponent(id) + '/users'));
  }

  function departmentTree(nodes) {
    return nodes.length === 0 ? h('p', { class: 'muted' }, 'none')
      : h('ul', { class: 'tree' }, nodes.map(n => h('li', null, n.orgName + ' ', h('code', null, n.orgCode),
        n.children.length ? departmentTree(n.children) : null)));
  }

  function licenses() {
    show(h('h1', null, 'Licenses'),
      h('h2', null, 'License codes'), pagedTable('license-codes', [['code', c => h('code', null, c.license)], ['state', c => c.state],
        ['marketplace', c => c.marketplaceStatus], ['order', c => c.orderId], ['product', c => c.productId], ['amount', c => c.amount],
        ['expires', c => when(c.expireTime)], ['error', c => c.lastError]], 'license-codes'),
      h('h2', null, 'Online-License grants'), pagedTable('license-grants', [['id', g => g.id], ['instance', g => g.instanceId],
        ['event', g => g.eventId], ['device', g => h('code', null, g.fingerprintSha256.substring(0, 12))], ['state', g => g.state],
        ['type', g => g.licenseType], ['expires', g => when(g.expireTime)], ['uploaded', g => when(g.uploadedAt)]], 'license-grants'));
  }

  // --- routing -------------------------------------------------------------------------------------------------

  function route() {
    navigation++;
    const [path, search] = (window.location.hash.substring(1) || '/overview').split('?');
    const parts = path.split('/').filter(p => p).map(decodeURIComponent);
    const query = new URLSearchParams(search || '');
    document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === parts[0]));
    page.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    const pages = {
      overview: () => overview(),
      instances: () => parts[1] ? instance(parts[1]) : instances(query),
      callbacks: () => parts[1] ? callback(parts[1]) : callbacks(query),
      work: () => work(query),
      tenants: () => parts[1] ? tenant(parts[1]) : tenants(),
      licenses: () => licenses()
    };
    Promise.resolve().then(pages[parts[0]] || pages.overview).catch(failed);
  }

  document.getElementById('sign-out').addEventListener('click', async () => {
    const response = await fetch('sign-out', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken },
      credentials: 'same-origin' });
    if (response.ok) {
      window.location.href = 'sign-in.html?signed-out';
    } else {
      failed(new Error('signing out failed (HTTP ' + response.status + '); the session is still open'));
    }
  });

  api('session').then(result => {
    csrfToken = result.body.csrfToken;
    document.getElementById('user').textContent = result.body.user;
    window.addEventListener('hashchange', route);
    route();
  }).catch(failed);
})();
