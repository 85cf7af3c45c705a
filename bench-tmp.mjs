import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const css = { old: readFileSync('/tmp/a11y-exp/old.css', 'utf8'), new: readFileSync('/tmp/a11y-exp/new.css', 'utf8'), mid: readFileSync('/tmp/a11y-exp/mid.css', 'utf8'), none: '' };
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.setContent('<div id=root></div>');
const out = await p.evaluate((css) => {
  const root = document.getElementById('root');
  for (let i = 0; i < 2000; i++) { const d = document.createElement('p'); d.innerHTML = 'Lithium <b>and</b> <i>cobalt</i> <span>x</span> y'; root.append(d); }
  const s = document.createElement('style'); document.head.append(s);
  const probe = root.lastElementChild.lastElementChild;
  const mins = { old: Infinity, new: Infinity, mid: Infinity, none: Infinity };
  for (let rep = 0; rep < 15; rep++) {
    for (const name of ['none', 'old', 'mid', 'new']) {
      s.textContent = 'body.x p, body.x span { letter-spacing: 0 }' + css[name];
      getComputedStyle(probe).color;
      for (let i = 0; i < 3; i++) {
        document.body.classList.toggle('x');
        const t = performance.now(); getComputedStyle(probe).color; const dt = performance.now() - t;
        mins[name] = Math.min(mins[name], dt);
      }
    }
  }
  return mins;
}, css);
console.log('min full style recalc of 8,005 elements (ms):', JSON.stringify(out));
await b.close();
