/*
 * The diary's charts (templates/diary/charts.html), drawn with Chart.js from the numbers the page carries in its
 * data-numbers attribute (the same JSON as GET /api/v1/clients/{id}/diary/charts). Still pictures: no animation,
 * colours from the site's stylesheet so both themes work. Every chart has its numbers in a table on the page, so
 * nothing is lost without this script.
 */
(function () {
  'use strict';

  var DAY = 24 * 60 * 60 * 1000;

  function ready(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  /** A colour of the stylesheet (a custom property on the root), or the fallback. */
  function css(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  /** A message pattern of the bundle with {0}, {1}… filled in. */
  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (all, i) {
      return args[Number(i)] === undefined ? all : String(args[Number(i)]);
    });
  }

  function percent(share) {
    return Math.round(Number(share) * 100);
  }

  /** An ISO day ("2026-11-03") as a Date at UTC midnight, so that adding days never meets a clock change. */
  function utcDay(iso) {
    var parts = iso.split('-');
    return new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
  }

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  function formatter(options) {
    var lang = document.documentElement.lang || undefined;
    options.timeZone = 'UTC';
    try {
      return new Intl.DateTimeFormat(lang, options);
    } catch (unknownLanguage) {
      return new Intl.DateTimeFormat(undefined, options);
    }
  }

  var shortDay = formatter({day: 'numeric', month: 'short'});
  var longDay = formatter({weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'});
  var monthName = formatter({month: 'short', year: 'numeric'});

  function baseOptions() {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: {mode: 'index', intersect: false},
      plugins: {
        legend: {position: 'bottom', labels: {boxWidth: 18, padding: 14}}
      }
    };
  }

  function per28Chart(canvas, numbers) {
    var blocks = numbers.blocks;
    var migraine = css('--diary-migraine', '#c98b86');
    var headache = css('--diary-headache', '#b08d3c');
    var options = baseOptions();
    options.scales = {
      y: {beginAtZero: true, suggestedMax: 8, ticks: {precision: 0}}
    };
    options.plugins.legend.labels.usePointStyle = true;
    options.plugins.tooltip = {
      callbacks: {
        afterBody: function (items) {
          if (!items.length) {
            return '';
          }
          var b = blocks[items[0].dataIndex];
          return format(canvas.dataset.coverage, [b.recordedDays, b.days, percent(b.coverage)]);
        }
      }
    };
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: blocks.map(function (b) {
          return shortDay.format(utcDay(b.from)) + ' – ' + shortDay.format(utcDay(b.to));
        }),
        datasets: [{
          label: canvas.dataset.migraine,
          data: blocks.map(function (b) { return b.sufficient ? Number(b.migraineDaysPer28) : null; }),
          borderColor: migraine,
          backgroundColor: migraine,
          pointStyle: 'triangle',
          pointRadius: 6,
          borderWidth: 2,
          spanGaps: false
        }, {
          label: canvas.dataset.headache,
          data: blocks.map(function (b) { return b.sufficient ? Number(b.headacheDaysPer28) : null; }),
          borderColor: headache,
          backgroundColor: headache,
          pointStyle: 'circle',
          pointRadius: 5,
          borderWidth: 2,
          borderDash: [6, 4],
          spanGaps: false
        }]
      },
      options: options
    });
  }

  function painChart(canvas, numbers) {
    var days = [];
    for (var d = utcDay(numbers.from); d <= utcDay(numbers.to); d = new Date(d.getTime() + DAY)) {
      days.push(isoDay(d));
    }
    var index = {};
    days.forEach(function (day, i) { index[day] = i; });
    var pain = days.map(function () { return null; });
    var migraineDay = days.map(function () { return false; });
    numbers.peakPain.forEach(function (p) {
      if (index[p.date] !== undefined) {
        pain[index[p.date]] = p.peakPain;
        migraineDay[index[p.date]] = p.migraine;
      }
    });
    var sessions = days.map(function () { return null; });
    var sessionNames = {};
    numbers.sessions.forEach(function (s) {
      if (index[s.date] !== undefined) {
        sessions[index[s.date]] = 10;
        (sessionNames[s.date] = sessionNames[s.date] || []).push(
          (s.name || canvas.dataset.session) + ' (' + (s.attended ? canvas.dataset.attended : canvas.dataset.booked) + ')');
      }
    });
    var painColour = css('--diary-pain', '#7fa7a0');
    var sessionColour = css('--diary-session', '#8fa3c9');
    var options = baseOptions();
    options.interaction = {mode: 'nearest', intersect: true};
    options.scales = {
      x: {ticks: {autoSkip: true, maxTicksLimit: 12, maxRotation: 0}},
      y: {min: 0, max: 10, ticks: {stepSize: 1}}
    };
    options.plugins.tooltip = {
      callbacks: {
        title: function (items) {
          return items.length ? longDay.format(utcDay(days[items[0].dataIndex])) : '';
        },
        label: function (item) {
          if (item.datasetIndex === 1) {
            return canvas.dataset.session + ': ' + (sessionNames[days[item.dataIndex]] || []).join(', ');
          }
          return canvas.dataset.pain + ': ' + item.raw
            + (migraineDay[item.dataIndex] ? ' · ' + canvas.dataset.migraine : '');
        }
      }
    };
    return new Chart(canvas, {
      data: {
        labels: days.map(function (day) { return shortDay.format(utcDay(day)); }),
        datasets: [{
          type: 'line',
          label: canvas.dataset.pain,
          data: pain,
          showLine: false,
          borderColor: painColour,
          backgroundColor: painColour,
          pointStyle: migraineDay.map(function (m) { return m ? 'triangle' : 'circle'; }),
          pointRadius: 5,
          pointHoverRadius: 7,
          order: 1
        }, {
          type: 'bar',
          label: canvas.dataset.session,
          data: sessions,
          backgroundColor: sessionColour,
          barThickness: 2,
          order: 2
        }]
      },
      options: options
    });
  }

  function medicationChart(canvas, numbers) {
    var months = numbers.calendarMonths;
    var table = document.getElementById('medication-table');
    var palette = [1, 2, 3, 4, 5, 6].map(function (i) { return css('--diary-class-' + i, '#7fa7a0'); });
    var classes = [];
    table.querySelectorAll('thead th[data-class]').forEach(function (th) {
      classes.push({key: th.dataset.class, label: th.textContent.trim()});
    });
    var datasets = classes.map(function (c, i) {
      return {
        type: 'bar',
        label: c.label,
        data: months.map(function (m) { return m.acuteMedicationDaysByClass[c.key] || 0; }),
        backgroundColor: palette[i % palette.length],
        pointStyle: 'rect',
        stack: 'medicines',
        order: 2
      };
    }).filter(function (dataset) {
      return dataset.data.some(function (n) { return n > 0; });
    });
    var reference = css('--diary-reference', '#a3abb2');
    [[numbers.referenceLevels[0], canvas.dataset.ref10, [8, 5]],
      [numbers.referenceLevels[1], canvas.dataset.ref15, [2, 4]]].forEach(function (line, i) {
      datasets.push({
        type: 'line',
        label: line[1],
        data: months.map(function () { return line[0]; }),
        borderColor: reference,
        backgroundColor: reference,
        borderDash: line[2],
        borderWidth: 2,
        pointStyle: 'line',
        pointRadius: 0,
        pointHoverRadius: 0,
        stack: 'reference-' + i,
        order: 1
      });
    });
    var options = baseOptions();
    options.scales = {
      x: {stacked: true},
      y: {stacked: true, beginAtZero: true, suggestedMax: 16, ticks: {precision: 0}}
    };
    options.plugins.legend.labels.usePointStyle = true;
    options.plugins.legend.labels.boxWidth = 28;
    options.plugins.tooltip = {
      filter: function (item) { return item.dataset.type !== 'line'; },
      callbacks: {
        footer: function (items) {
          if (!items.length) {
            return '';
          }
          var m = months[items[0].dataIndex];
          return [canvas.dataset.any + ': ' + m.acuteMedicationDays,
            format(canvas.dataset.coverage, [m.recordedDays, m.days, percent(m.coverage)])];
        }
      }
    };
    return new Chart(canvas, {
      data: {
        labels: months.map(function (m) { return monthName.format(utcDay(m.from)); }),
        datasets: datasets
      },
      options: options
    });
  }

  ready(function () {
    var root = document.getElementById('diary-charts');
    if (!root || typeof Chart === 'undefined') {
      return;
    }
    var numbers = JSON.parse(root.dataset.numbers);
    Chart.defaults.animation = false;
    Chart.defaults.color = css('--pico-color', '#c9ced3');
    Chart.defaults.borderColor = css('--pico-muted-border-color', '#2a3036');
    Chart.defaults.font.size = 14;
    root.querySelectorAll('.chart-box').forEach(function (box) { box.hidden = false; });
    per28Chart(document.getElementById('chart-per28'), numbers);
    painChart(document.getElementById('chart-pain'), numbers);
    medicationChart(document.getElementById('chart-medication'), numbers);
  });
}());
