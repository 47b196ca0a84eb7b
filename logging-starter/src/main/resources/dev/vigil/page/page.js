// Vigil's errors page. Every value from the data is set with textContent or as an attribute
// value, never parsed as HTML: messages, paths and logger names come from untrusted input.
'use strict';
(function () {
  const POLL_MILLIS = 5000;
  const SVG = 'http://www.w3.org/2000/svg';
  // The page's own name, 'vigil' unless the endpoint's path is mapped elsewhere: its data and
  // its links are relative to it, so a context path, base path or management port all work.
  const PAGE = window.location.pathname.replace(/;.*$/, '').replace(/^.*\//, '');
  let data = null;
  let order = 'recent';
  let filter = '';
  let rendered = '';

  const byId = (id) => document.getElementById(id);

  function element(tag, className, text) {
    const created = document.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (text !== undefined && text !== null) {
      created.textContent = String(text);
    }
    return created;
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  function ago(iso) {
    const seconds = Math.max(0, Math.round((Date.parse(data.now) - Date.parse(iso)) / 1000));
    if (seconds < 60) {
      return seconds + ' s ago';
    }
    if (seconds < 3600) {
      return Math.round(seconds / 60) + ' min ago';
    }
    if (seconds < 86400) {
      return Math.round(seconds / 3600) + ' h ago';
    }
    return Math.round(seconds / 86400) + ' d ago';
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function healthValue(name, value) {
    if (typeof value === 'number' && /Bytes$/.test(name)) {
      const units = ['B', 'KB', 'MB', 'GB', 'TB'];
      let size = value;
      let unit = 0;
      while (size >= 1024 && unit < units.length - 1) {
        size /= 1024;
        unit++;
      }
      return (unit ? size.toFixed(1) : size) + ' ' + units[unit];
    }
    return Array.isArray(value) ? value.join(', ') : value;
  }

  function selection() {
    const params = new URLSearchParams(window.location.search);
    return { errorId: params.get('errorId'), requestId: params.get('requestId'), fingerprint: params.get('fingerprint') };
  }

  function navigate(search) {
    window.history.pushState(null, '', search ? '?' + search : PAGE);
    rendered = '';
    render();
    window.scrollTo(0, 0);
  }

  function source(occurrence) {
    if (occurrence.method || occurrence.path) {
      return [occurrence.method, occurrence.path].filter(Boolean).join(' ');
    }
    return occurrence.logger;
  }

  function fact(list, name, value) {
    if (value === undefined || value === null || value === '') {
      return;
    }
    list.append(element('dt', null, name), element('dd', null, value));
  }

  function sparkline(counts) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('viewBox', '0 0 60 20');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('role', 'img');
    const total = counts.reduce((sum, count) => sum + count, 0);
    svg.setAttribute('aria-label', total + ' in the last hour');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = total + ' in the last hour, per minute';
    const base = document.createElementNS(SVG, 'line');
    base.setAttribute('x1', '0');
    base.setAttribute('x2', '60');
    base.setAttribute('y1', '19.5');
    base.setAttribute('y2', '19.5');
    const max = Math.max(1, ...counts);
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', counts.map((count, minute) => (minute + 0.5) + ',' + (19 - (count / max) * 18).toFixed(2)).join(' '));
    line.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.append(title, base, line);
    return svg;
  }

  function matches(group, text) {
    if (!text) {
      return true;
    }
    const needle = text.toLowerCase();
    const fields = [group.label, group.exception, group.message, group.fingerprint];
    group.occurrences.forEach((occurrence) => fields.push(occurrence.path, occurrence.logger, occurrence.errorId, occurrence.requestId,
        occurrence.traceId));
    return fields.some((field) => field && String(field).toLowerCase().includes(needle));
  }

  function renderHealth() {
    const section = byId('health');
    if (!data.health) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const status = byId('health-status');
    status.textContent = data.health.status;
    status.className = 'badge ' + data.health.status.replace(/[^A-Z_]/g, '');
    const details = byId('health-details');
    details.replaceChildren();
    const flat = [];
    (function flatten(prefix, value) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        Object.keys(value).forEach((key) => flatten(prefix ? prefix + '.' + key : key, value[key]));
      } else {
        flat.push([prefix, healthValue(prefix, value)]);
      }
    })('', data.health.details);
    flat.forEach(([name, value]) => {
      const pair = element('div');
      pair.append(element('dt', null, name), element('dd', null, value));
      details.append(pair);
    });
  }

  function renderList() {
    byId('list').hidden = false;
    byId('detail').hidden = true;
    const groups = data.groups.filter((group) => matches(group, filter));
    if (order === 'frequent') {
      groups.sort((a, b) => b.count - a.count);
    }
    const total = data.groups.reduce((sum, group) => sum + group.count, 0);
    byId('summary').textContent = plural(data.groups.length, 'group') + ', ' + plural(total, 'occurrence')
        + (filter ? ' (' + groups.length + ' match)' : '') + ' · at most ' + data.capacity + ' groups kept';
    byId('empty').hidden = groups.length > 0;
    byId('empty').textContent = data.groups.length ? 'No group matches.' : 'No errors recorded.';
    const list = byId('groups');
    list.replaceChildren(...groups.map((group) => {
      const last = group.occurrences[0] || {};
      const link = element('a', 'group');
      link.href = '?fingerprint=' + encodeURIComponent(group.fingerprint);
      link.dataset.nav = '';
      const count = element('span', 'group-count', group.count);
      count.append(element('small', null, group.count === 1 ? 'time' : 'times'));
      link.append(element('span', 'group-label', group.label), count, sparkline(group.perMinute),
          element('span', 'group-source', (last.status ? 'HTTP ' + last.status + ' · ' : '') + source(last)),
          element('span', 'group-message', group.message || ''),
          element('span', 'group-times', 'last ' + ago(group.lastSeen) + ' · first ' + time(group.firstSeen)));
      const item = element('li');
      item.dataset.fingerprint = group.fingerprint;
      item.append(link);
      return item;
    }));
  }

  function find(selected) {
    for (const group of data.groups) {
      if (selected.fingerprint && group.fingerprint === selected.fingerprint) {
        return { group: group, occurrence: null };
      }
      for (const occurrence of group.occurrences) {
        if ((selected.errorId && occurrence.errorId === selected.errorId)
            || (selected.requestId && occurrence.requestId === selected.requestId)) {
          return { group: group, occurrence: occurrence };
        }
      }
    }
    return null;
  }

  function renderDetail(selected) {
    byId('list').hidden = true;
    byId('detail').hidden = false;
    const found = find(selected);
    const notFound = byId('not-found');
    byId('group').hidden = !found;
    notFound.hidden = !!found;
    if (!found) {
      const what = selected.errorId ? 'errorId ' + selected.errorId
          : selected.requestId ? 'requestId ' + selected.requestId : 'group ' + selected.fingerprint;
      notFound.textContent = 'No ' + what + ' among the errors kept. The registry keeps the last '
          + 'occurrences of each of its ' + data.capacity + ' most recent groups, since the application started; '
          + 'look for it in error.log. This page shows it as soon as it is recorded.';
      return;
    }
    const group = found.group;
    const occurrence = found.occurrence;
    byId('detail-label').textContent = group.label;
    const facts = byId('facts');
    facts.replaceChildren();
    fact(facts, 'Exception', group.exception);
    fact(facts, 'Occurrences', group.count + ' (' + group.perMinute.reduce((sum, count) => sum + count, 0) + ' in the last hour)');
    fact(facts, 'First seen', time(group.firstSeen));
    fact(facts, 'Last seen', time(group.lastSeen) + ' (' + ago(group.lastSeen) + ')');
    fact(facts, 'Fingerprint', group.fingerprint);
    byId('occurrence').hidden = !occurrence;
    if (occurrence) {
      const list = byId('occurrence-facts');
      list.replaceChildren();
      fact(list, 'Time', time(occurrence.timestamp));
      fact(list, 'errorId', occurrence.errorId);
      fact(list, 'requestId', occurrence.requestId);
      fact(list, 'traceId', occurrence.traceId);
      fact(list, 'Request', [occurrence.method, occurrence.path].filter(Boolean).join(' '));
      fact(list, 'Status', occurrence.status);
      fact(list, 'Logger', occurrence.logger);
      fact(list, 'Thread', occurrence.thread);
      fact(list, 'Message', occurrence.message);
    }
    byId('message').textContent = (occurrence ? occurrence.message : group.message) || '(no message)';
    const rows = group.occurrences.map((each) => {
      const row = element('tr', each === occurrence ? 'selected occurrence-row' : 'occurrence-row');
      const errorId = element('td', 'id');
      if (each.errorId) {
        const link = element('a', null, each.errorId);
        link.href = '?errorId=' + encodeURIComponent(each.errorId);
        link.dataset.nav = '';
        errorId.append(link);
      }
      row.append(element('td', null, time(each.timestamp)), errorId, element('td', 'id', each.requestId || ''),
          element('td', null, source(each)), element('td', null, each.status || ''), element('td', null, each.thread));
      return row;
    });
    byId('occurrences').tBodies[0].replaceChildren(...rows);
    renderTrace(group.stackTrace);
  }

  function renderTrace(lines) {
    const trace = byId('trace');
    trace.replaceChildren();
    if (!lines.length) {
      trace.append(element('div', 'line text', 'No stack trace: the error was logged without an exception.'));
      return;
    }
    let library = [];
    const flush = () => {
      if (library.length) {
        const details = element('details');
        details.append(element('summary', null, library.length + (library.length === 1 ? ' library frame' : ' library frames')));
        library.forEach((line) => details.append(element('div', 'line library', 'at ' + line.text)));
        trace.append(details);
        library = [];
      }
    };
    lines.forEach((line) => {
      if (line.kind === 'LIBRARY') {
        library.push(line);
        return;
      }
      flush();
      trace.append(line.kind === 'APPLICATION' ? element('div', 'line application', 'at ' + line.text)
          : element('div', 'line text', line.text));
    });
    flush();
  }

  function render() {
    if (!data) {
      return;
    }
    const selected = selection();
    // Rendering again only on a change keeps the reader's place: focus, open frames, selection.
    const signature = JSON.stringify([selected, order, filter, data.health,
      data.groups.map((group) => [group.fingerprint, group.count, group.perMinute]), Math.floor(Date.parse(data.now) / 60000)]);
    if (signature === rendered) {
      return;
    }
    rendered = signature;
    renderHealth();
    if (selected.errorId || selected.requestId || selected.fingerprint) {
      renderDetail(selected);
    } else {
      renderList();
    }
  }

  async function poll() {
    const status = byId('status');
    try {
      const response = await fetch(PAGE + '/data', { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      data = await response.json();
      status.textContent = 'Live · updated ' + new Date(data.now).toLocaleTimeString();
      status.classList.remove('offline');
      render();
    } catch (failure) {
      // The application may be restarting: keep what is shown and keep asking.
      status.textContent = 'Cannot reach the application (' + failure.message + '); retrying';
      status.classList.add('offline');
    } finally {
      window.setTimeout(poll, POLL_MILLIS);
    }
  }

  function search(event) {
    event.preventDefault();
    const text = byId('query').value.trim();
    if (data && text) {
      for (const group of data.groups) {
        for (const occurrence of group.occurrences) {
          if (occurrence.errorId === text) {
            navigate('errorId=' + encodeURIComponent(text));
            return;
          }
          if (occurrence.requestId === text) {
            navigate('requestId=' + encodeURIComponent(text));
            return;
          }
        }
      }
    }
    filter = text;
    if (selection().errorId || selection().requestId || selection().fingerprint) {
      navigate('');
    } else {
      render();
    }
  }

  function sortBy(next) {
    order = next;
    byId('sort-recent').setAttribute('aria-pressed', String(next === 'recent'));
    byId('sort-frequent').setAttribute('aria-pressed', String(next === 'frequent'));
    render();
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      navigate(new URL(link.href).search.slice(1));
    }
  });
  window.addEventListener('popstate', () => {
    rendered = '';
    render();
  });
  byId('search').addEventListener('submit', search);
  byId('query').addEventListener('input', () => {
    filter = byId('query').value.trim();
    if (!selection().errorId && !selection().requestId && !selection().fingerprint) {
      render();
    }
  });
  byId('sort-recent').addEventListener('click', () => sortBy('recent'));
  byId('sort-frequent').addEventListener('click', () => sortBy('frequent'));
  poll();
})();
