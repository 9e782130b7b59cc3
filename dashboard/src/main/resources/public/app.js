// Contraflow dashboard. Every piece of text shown comes from news articles and is untrusted: it is only ever
// written with textContent (never innerHTML), and links are made only from http(s) URLs.
(function () {
  'use strict';

  // Labels come from /api/labels (one list, on the server); until they arrive a kind shows as its name.
  let KIND_LABELS = {};
  let DETECTOR_LABELS = {};
  fetch('/api/labels').then(r => r.json()).then(l => {
    KIND_LABELS = l.kinds || {};
    DETECTOR_LABELS = l.detectors || {};
    renderContradictions();
  }).catch(() => {});
  const OVERVIEW_LIMIT = 50;

  const state = {
    events: new Map(),          // id -> EventSummary
    contradictions: new Map(),  // id -> ContradictionView
    selected: null,             // selected event id
    detail: null                // EventDetail of the selected event
  };
  let chart = null;
  let detailTimer = null;

  // ---- DOM building: text only ------------------------------------------------------------------------------
  function el(tag, options, children) {
    const node = document.createElement(tag);
    const o = options || {};
    if (o.className) node.className = o.className;
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    if (o.title) node.title = String(o.title);
    if (o.href) {
      const href = safeHref(o.href);
      if (href) {
        node.href = href;
        node.target = '_blank';
        node.rel = 'noopener noreferrer';
      }
    }
    if (o.data) Object.keys(o.data).forEach(k => { node.dataset[k] = String(o.data[k]); });
    (children || []).forEach(c => { if (c) node.appendChild(c); });
    return node;
  }

  function safeHref(url) {
    try {
      const parsed = new URL(String(url));
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** The sentence with [start, end) wrapped in <mark>, when those offsets make sense. */
  function highlighted(sentence, start, end, className) {
    const text = sentence || '';
    const node = el('span', { className: className });
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) {
      node.appendChild(document.createTextNode(text.slice(0, start)));
      node.appendChild(el('mark', { text: text.slice(start, end) }));
      node.appendChild(document.createTextNode(text.slice(end)));
    } else {
      node.textContent = text;
    }
    return node;
  }

  // ---- Formatting -------------------------------------------------------------------------------------------
  function ago(iso) {
    if (!iso) return '';
    const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
    if (seconds < 45) return 'just now';
    if (seconds < 3600) return Math.round(seconds / 60) + ' min ago';
    if (seconds < 86400) return Math.round(seconds / 3600) + ' h ago';
    return new Date(iso).toLocaleDateString();
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '';
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function hostOf(url) {
    try { return new URL(url).hostname.replace(/^www\./, ''); } catch (e) { return url; }
  }

  // ---- Events list ------------------------------------------------------------------------------------------
  function sortedEvents() {
    return Array.from(state.events.values())
      .sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen) || a.id.localeCompare(b.id));
  }

  function renderEvents() {
    const list = document.getElementById('events');
    clear(list);
    const events = sortedEvents();
    document.getElementById('events-empty').hidden = events.length > 0;
    events.forEach(e => {
      const item = el('li', { className: 'event' + (e.id === state.selected ? ' selected' : ''), data: { eventId: e.id } }, [
        el('a', { className: 'event-title', text: e.title }),
        el('div', { className: 'event-stats' }, [
          el('span', { text: plural(e.articleCount, 'article') }),
          el('span', { className: e.contradictionCount > 0 ? 'count-hot' : '', text: plural(e.contradictionCount, 'contradiction') }),
          el('span', { className: 'updated', text: 'updated ' + ago(e.lastSeen), title: when(e.lastSeen), data: { time: e.lastSeen } })
        ]),
        el('div', { className: 'event-sources', text: (e.sources || []).join(' · ') })
      ]);
      item.firstChild.href = '#/events/' + encodeURIComponent(e.id);
      list.appendChild(item);
    });
    renderTotals();
  }

  function renderTotals() {
    document.getElementById('totals').textContent =
      plural(state.events.size, 'event') + ' · ' + plural(state.contradictions.size, 'contradiction');
  }

  // ---- Contradictions ---------------------------------------------------------------------------------------
  function sideNode(side, label, className) {
    const statements = el('ul', { className: 'statements' }, (side.statements || []).map(s => el('li', { text: s })));
    const evidence = el('ul', { className: 'evidence' }, (side.evidence || []).map(ev => el('li', {}, [
      el('blockquote', {}, [highlighted(ev.sentence, ev.highlightStart, ev.highlightEnd, 'sentence')]),
      el('div', { className: 'evidence-source' }, [
        el('span', { className: 'claimant', text: ev.claimant }),
        ev.articleUrl ? el('a', { href: ev.articleUrl, text: hostOf(ev.articleUrl) }) : el('span', { className: 'article-id', text: ev.articleId })
      ])
    ])));
    const articleLinks = (side.articles || []).map(a => a.url
      ? el('a', { href: a.url, text: hostOf(a.url), title: a.url })
      : el('span', { className: 'article-id', text: a.id }));
    const articles = el('div', { className: 'articles' }, articleLinks.length
      ? [el('span', { text: articleLinks.length === 1 ? 'Article: ' : 'Articles: ' })].concat(articleLinks) : []);
    return el('div', { className: 'side ' + className }, [
      el('div', { className: 'side-label', text: label }),
      el('div', { className: 'position', text: side.position }),
      el('div', { className: 'claimants', text: (side.claimants || []).join(', ') }),
      (side.names || []).length ? el('div', { className: 'names', text: 'as written: ' + side.names.join(', ') }) : null,
      statements,
      evidence,
      el('div', { className: 'sources', text: (side.sources || []).length ? 'Reported by ' + side.sources.join(', ') : '' }),
      articles
    ]);
  }

  function contradictionNode(c, showEvent) {
    const event = state.events.get(c.eventId);
    return el('article', { className: 'contradiction severity-' + c.severity, data: { contradictionId: c.id } }, [
      el('header', {}, [
        el('span', { className: 'kind', text: KIND_LABELS[c.kind] || c.kind }),
        el('span', { className: 'severity', text: c.severity }),
        el('h4', { className: 'topic', text: c.topic }),
        el('span', { className: 'confidence', text: Math.round(c.confidence * 100) + '% confidence' })
      ]),
      el('p', { className: 'explanation', text: c.explanation }),
      (c.trail || []).length ? el('p', { className: 'trail',
        text: 'Found by: ' + c.trail.map(t => DETECTOR_LABELS[t] || t).join('; ') }) : null,
      el('div', { className: 'sides' }, [
        sideNode(c.sideA, 'One side', 'side-a'),
        el('div', { className: 'versus', text: 'vs' }),
        sideNode(c.sideB, 'Other side', 'side-b')
      ]),
      el('footer', {}, [
        showEvent && event ? el('a', { className: 'event-link', text: event.title }) : null,
        el('span', { text: 'first seen ' + when(c.firstSeen) }),
        el('span', { text: 'updated ' + when(c.lastUpdated) }),
        c.revision > 1 ? el('span', { text: 'revision ' + c.revision }) : null
      ])
    ]);
  }

  function sortedContradictions(eventId) {
    return Array.from(state.contradictions.values())
      .filter(c => !eventId || c.eventId === eventId)
      .sort((a, b) => Date.parse(b.lastUpdated) - Date.parse(a.lastUpdated) || a.id.localeCompare(b.id));
  }

  function renderContradictions() {
    const all = sortedContradictions(null).slice(0, OVERVIEW_LIMIT);
    const overview = document.getElementById('all-contradictions');
    clear(overview);
    all.forEach(c => {
      const node = contradictionNode(c, true);
      const link = node.querySelector('.event-link');
      if (link) link.href = '#/events/' + encodeURIComponent(c.eventId);
      overview.appendChild(node);
    });
    document.getElementById('overview-empty').hidden = all.length > 0;
    if (state.selected) {
      const ofEvent = sortedContradictions(state.selected);
      const list = document.getElementById('event-contradictions');
      clear(list);
      ofEvent.forEach(c => list.appendChild(contradictionNode(c, false)));
      document.getElementById('event-contradictions-empty').hidden = ofEvent.length > 0;
    }
    renderTotals();
  }

  // ---- One event --------------------------------------------------------------------------------------------
  function renderDetail() {
    const d = state.detail;
    if (!d || d.event.id !== state.selected) return;
    const e = d.event;
    document.getElementById('event-title').textContent = e.title;
    document.getElementById('event-meta').textContent = [
      plural(e.articleCount, 'article'), plural(e.claimCount, 'claim'), plural(e.contradictionCount, 'contradiction'),
      'first seen ' + when(e.firstSeen), 'last update ' + when(e.lastSeen), (e.sources || []).join(', ')
    ].filter(Boolean).join(' · ');
    document.getElementById('event-terms').textContent = (e.keyTerms || []).join(' · ');
    const why = document.getElementById('event-reason');
    if (why) why.textContent = e.reason ? 'Last article joined: ' + e.reason : '';
    renderClaimants(d.claimants || [], d.page);
    renderTimeline(d.timeline || []);
  }

  // A big story's claims come a page at a time: the first with the event, the rest when asked for.
  function renderClaimants(groups, page) {
    const box = document.getElementById('claimants');
    clear(box);
    document.getElementById('claimants-empty').hidden = groups.length > 0;
    appendClaimants(box, groups);
    showMoreClaims(box, page);
  }

  function showMoreClaims(box, page) {
    const old = document.getElementById('more-claims');
    if (old) old.remove();
    if (!page || !page.next) return;
    const shown = page.offset + page.limit;
    const button = el('button', { className: 'more',
      text: 'Show more claims (' + Math.min(shown, page.claimsTotal) + ' of ' + page.claimsTotal + ' shown)' });
    button.id = 'more-claims';
    button.type = 'button';
    button.addEventListener('click', () => {
      button.disabled = true;
      fetchJson(page.next).then(d => {
        appendClaimants(box, d.claimants || []);
        showMoreClaims(box, d.page);
      }).catch(() => { button.disabled = false; });
    });
    box.parentNode.appendChild(button);
  }

  function appendClaimants(box, groups) {
    groups.forEach(g => {
      const claims = el('ul', { className: 'claims' }, g.claims.map(c => el('li', { className: 'claim polarity-' + c.polarity }, [
        el('div', { className: 'claim-content' }, [
          el('span', { className: 'cue', text: c.cue }),
          c.polarity === 'DENIED' ? el('span', { className: 'tag tag-denied', text: 'denies' }) : null,
          c.modality !== 'STATED' ? el('span', { className: 'tag', text: c.modality.toLowerCase().replace('_', ' ') }) : null,
          c.direct ? el('span', { className: 'tag', text: 'quote' }) : null,
          el('span', { text: c.content })
        ]),
        el('blockquote', {}, [highlighted(c.sentence, c.highlightStart, c.highlightEnd, 'sentence')]),
        el('div', { className: 'claim-source' }, [
          el('span', { text: [c.claimantMention, c.claimantRole].filter(Boolean).join(', ') }),
          c.articleUrl ? el('a', { href: c.articleUrl, text: c.source || hostOf(c.articleUrl) }) : el('span', { text: c.source || c.articleId }),
          el('span', { text: when(c.publishedAt) })
        ])
      ])));
      box.appendChild(el('section', { className: 'claimant-group' }, [
        el('h4', {}, [
          el('span', { text: g.claimant }),
          el('span', { className: 'claimant-type', text: [g.claimantType.toLowerCase().replace('_', ' '), g.affiliation].filter(Boolean).join(' · ') }),
          el('span', { className: 'claim-count', text: plural(g.claimCount, 'claim') })
        ]),
        claims
      ]));
    });
  }

  function renderTimeline(buckets) {
    const canvas = document.getElementById('timeline');
    if (typeof Chart === 'undefined') return;  // the page still works without the chart
    const daily = buckets.length > 1 && Date.parse(buckets[1].start) - Date.parse(buckets[0].start) >= 86400000;
    const labels = buckets.map(b => new Date(b.start).toLocaleString([], daily
      ? { month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
    const data = {
      labels: labels,
      datasets: [
        { type: 'bar', label: daily ? 'Articles per day' : 'Articles per hour', data: buckets.map(b => b.articles),
          backgroundColor: '#7aa6c2', yAxisID: 'y', order: 2 },
        { type: 'line', label: 'Contradictions (total)', data: buckets.map(b => b.cumulativeContradictions),
          borderColor: '#c0392b', backgroundColor: '#c0392b', stepped: true, yAxisID: 'y1', order: 1 }
      ]
    };
    if (chart) {
      chart.data = data;
      chart.update('none');
      return;
    }
    chart = new Chart(canvas, {
      data: data,
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'articles' } },
          y1: { beginAtZero: true, position: 'right', ticks: { precision: 0 }, grid: { drawOnChartArea: false },
                title: { display: true, text: 'contradictions' } }
        }
      }
    });
  }

  function loadDetail() {
    const id = state.selected;
    if (!id) return;
    fetchJson('/api/events/' + encodeURIComponent(id)).then(d => {
      if (state.selected !== id) return;
      state.detail = d;
      d.contradictions.forEach(upsertContradiction);
      renderDetail();
      renderContradictions();
    }).catch(() => { /* the event may not be visible yet; the next update retries */ });
  }

  function scheduleDetail() {
    if (detailTimer) return;
    detailTimer = setTimeout(() => { detailTimer = null; loadDetail(); }, 250);
  }

  function select(eventId) {
    state.selected = eventId;
    state.detail = null;
    document.getElementById('overview').hidden = !!eventId;
    document.getElementById('event-view').hidden = !eventId;
    if (eventId) {
      const e = state.events.get(eventId);
      document.getElementById('event-title').textContent = e ? e.title : '';
      document.getElementById('event-meta').textContent = '';
      document.getElementById('event-terms').textContent = '';
      clear(document.getElementById('claimants'));
      const more = document.getElementById('more-claims');
      if (more) more.remove();
      if (chart) { chart.destroy(); chart = null; }
      loadDetail();
    }
    renderEvents();
    renderContradictions();
    window.scrollTo(0, 0);
  }

  function route() {
    const match = /^#\/events\/(.+)$/.exec(window.location.hash);
    select(match ? decodeURIComponent(match[1]) : null);
  }

  // ---- State updates ----------------------------------------------------------------------------------------
  function upsertEvent(e) {
    const known = state.events.get(e.id);
    if (known && Date.parse(known.lastSeen) > Date.parse(e.lastSeen)) return false;
    state.events.set(e.id, e);
    return true;
  }

  function upsertContradiction(c) {
    const known = state.contradictions.get(c.id);
    if (known && known.revision > c.revision) return false;  // a late snapshot must not undo a live update
    state.contradictions.set(c.id, c);
    return true;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(r => {
      if (!r.ok) throw new Error(url + ' answered ' + r.status);
      return r.json();
    });
  }

  function loadSnapshot() {
    return Promise.all([fetchJson('/api/events'), fetchJson('/api/contradictions')]).then(([events, contradictions]) => {
      events.forEach(upsertEvent);
      contradictions.forEach(upsertContradiction);
      renderEvents();
      renderContradictions();
      loadDetail();
    });
  }

  function setStatus(text, className) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.className = 'status ' + className;
  }

  function connect() {
    const source = new EventSource('/api/stream');
    source.onopen = () => {
      setStatus('Live', 'status-live');
      loadSnapshot().catch(() => setStatus('Live (snapshot failed)', 'status-error'));
    };
    source.onerror = () => setStatus('Reconnecting…', 'status-connecting');
    source.addEventListener('event', m => {
      const p = JSON.parse(m.data);
      if (p.removed) state.events.delete(p.removed);
      else upsertEvent(p.event);
      renderEvents();
      // A late merge: whoever was reading the closed event follows the one that continues it.
      if (p.continuedBy && state.selected === p.removed) {
        window.location.hash = '#/events/' + encodeURIComponent(p.continuedBy);
        return;
      }
      if (state.selected && (p.removed === state.selected || (p.event && p.event.id === state.selected))) scheduleDetail();
    });
    source.addEventListener('contradiction', m => {
      const p = JSON.parse(m.data);
      if (p.removed) state.contradictions.delete(p.removed);
      else upsertContradiction(p.contradiction);
      renderContradictions();
      const eventId = p.removed ? p.eventId : p.contradiction.eventId;
      if (state.selected && eventId === state.selected) scheduleDetail();
    });
    source.addEventListener('claim', m => {
      const p = JSON.parse(m.data);
      if (state.selected && p.eventId === state.selected) scheduleDetail();
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelector('.back').addEventListener('click', () => { window.location.hash = ''; });
    window.addEventListener('hashchange', route);
    route();
    connect();
    setInterval(() => document.querySelectorAll('.updated[data-time]').forEach(n => {
      n.textContent = 'updated ' + ago(n.dataset.time);
    }), 30000);
  });
})();
