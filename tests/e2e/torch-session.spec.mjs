// The PyTorch prompt in the page, typed into as a student would: the
// lecture's statements give the lecture's outputs, MemoryView marks a storage
// written through a view, unsupported input answers in one clear line and
// the page stays responsive, even when a loop runs away: the session runs in a
// worker, and Stop (or Ctrl+C) ends a statement by restarting it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SITE, launch, loadWidget, watchedPage } from './browser.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => context?.close());

async function openSession(path, where = context) {
  const { page, problems } = await watchedPage(where);
  await page.goto(new URL(path, SITE).href, { waitUntil: 'load' });
  const figure = await loadWidget(page.locator('figure[data-widget="torch-session"]').first());
  return {
    page,
    problems,
    figure,
    input: figure.locator('textarea').first(),
    log: figure.getByRole('log'),
  };
}

/** Waits until every queued statement has answered (the figure is done, nothing in the log is busy). */
async function settled(session, timeout = 30_000) {
  await session.page
    .locator('figure[data-widget="torch-session"][data-status="done"]')
    .first()
    .waitFor({ timeout });
  await session.log.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout });
}

async function type(session, statement) {
  await session.input.fill(statement);
  await session.input.press('Enter');
  await settled(session);
}

describe(`the PyTorch session (${BASE || 'root'})`, () => {
  test("the lecture's autograd statements print what PyTorch 1.13 prints", async () => {
    const s = await openSession('lessons/tensors-and-autograd/');
    for (const line of [
      'import torch',
      'a = torch.ones(2, 2, requires_grad=True)',
      'b = a.mean()',
      'b.backward()',
      'a.grad',
    ])
      await type(s, line);
    const text = await s.log.innerText();
    assert.match(text, /tensor\(\[\[0\.2500, 0\.2500\],\s*\[0\.2500, 0\.2500\]\]\)/);
    await type(s, 'torch.ones(2).sum().backward()');
    assert.match(
      await s.log.innerText(),
      /RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn/,
    );
    assert.deepEqual(s.problems, []);
    await s.page.close();
  });

  test('MemoryView marks every view of a storage after a write through one of them', async () => {
    const s = await openSession('lessons/tensor-copy-semantics/');
    for (const line of [
      'import torch',
      'a = torch.tensor([[1., 1.], [1., 1.]])',
      'c = a.detach()',
      'a[0][0] = 2.',
    ])
      await type(s, line);
    const memory = await loadWidget(s.page.locator('figure[data-widget="memory-view"]').first());
    await s.page.waitForTimeout(300);
    assert.match(
      await memory.innerText(),
      /written/,
      'the storage written by the last statement is marked',
    );
    await type(s, 'c');
    assert.match(
      await s.log.innerText(),
      /tensor\(\[\[2\., 1\.\],\s*\[1\., 1\.\]\]\)/,
      'c sees the write through a',
    );
    assert.deepEqual(s.problems, []);
    await s.page.close();
  });

  test('unsupported input answers in one clear line; a 10,000-element print is summarised; the page stays responsive', async () => {
    const s = await openSession('lessons/tensors-and-autograd/');
    await type(s, 'import torch');
    await type(s, 'import os');
    await type(s, 'async def f(): pass');
    await type(s, 'x = (1,');
    await type(s, 'torch.arange(10000.)');
    const text = await s.log.innerText();
    assert.match(text, /NotImplementedError: 'async' functions are not supported in this session/);
    assert.match(
      text,
      /tensor\(\[0\.0000e\+00, 1\.0000e\+00, 2\.0000e\+00,\s+\.\.\., 9\.9970e\+03, 9\.9980e\+03,\s+9\.9990e\+03\]\)/,
    );
    const t0 = Date.now();
    await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    assert.ok(Date.now() - t0 < 2000, 'the page still paints');
    assert.deepEqual(s.problems, []);
    await s.page.close();
  });

  test('a for loop, a class Net(nn.Module) and a runaway while loop typed at the prompt', async () => {
    const s = await openSession('lessons/tensors-and-autograd/');
    await type(s, 'import torch');
    await type(s, 'for i in range(3):\n    print(f"{i}: {i ** 2:>3d}")\n');
    await type(
      s,
      'class Net(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = torch.nn.Linear(2, 1)\n    def forward(self, x):\n        return self.fc(x)\n',
    );
    await type(s, 'Net()');
    const text = await s.log.innerText();
    assert.match(text, /0:   0\n1:   1\n2:   4/);
    assert.match(text, /Net\(\n\s+\(fc\): Linear\(in_features=2, out_features=1, bias=True\)\n\)/);
    // Left alone, the loop meets the worker's time limit; the session keeps its state.
    await s.input.fill('while True:\n    pass\n');
    await s.input.press('Enter');
    await settled(s, 60_000);
    assert.match(
      await s.log.innerText(),
      /KeyboardInterrupt: the statement ran for more than 10 s and was stopped$/,
    );
    await type(s, 'i');
    assert.match(await s.log.innerText(), />>> i\n2$/);
    assert.deepEqual(s.problems, []);
    await s.page.close();
  });

  test('while a loop runs away the page answers; Ctrl+C and Stop end it with KeyboardInterrupt, and the session goes on', async () => {
    const s = await openSession('lessons/tensors-and-autograd/');
    await type(s, 'v = torch.arange(3.)');
    await s.input.fill('while True:\n    pass\n');
    await s.input.press('Enter');
    await s.page
      .locator('figure[data-widget="torch-session"][data-status="running"]')
      .first()
      .waitFor();
    assert.match(await s.log.innerText(), /running… \(Stop or Ctrl\+C interrupts it\)/);
    // The page's thread is free: a script answers and another button of the figure works.
    assert.equal(await s.page.evaluate(() => document.title.length > 0), true);
    await s.figure.getByRole('button', { name: 'x.grad', exact: true }).click();
    assert.equal(await s.input.inputValue(), 'x.grad');
    await s.input.fill('');
    await s.input.press('Control+c');
    await settled(s);
    assert.match(
      await s.log.innerText(),
      /\nKeyboardInterrupt\n\(The session was restarted to stop this statement: the \d+ statements before it were run again\.\)$/,
    );
    await type(s, 'v * 2');
    assert.match(await s.log.innerText(), />>> v \* 2\ntensor\(\[0\., 2\., 4\.\]\)$/);

    await s.input.fill('while True:\n    v = v + 1\n');
    await s.input.press('Enter');
    await s.figure.getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(s);
    assert.match(
      await s.log.innerText(),
      /\nKeyboardInterrupt\n\(The session was restarted to stop this statement: the \d+ statements before it were run again; 1 statement stopped earlier was not, so what it changed before stopping is lost\.\)$/,
    );
    await type(s, 'v');
    assert.match(await s.log.innerText(), />>> v\ntensor\(\[0\., 1\., 2\.\]\)$/);
    assert.deepEqual(s.problems, []);
    await s.page.close();
  });
  test('a session worker that dies is started again with the names so far, and the transcript says so once, in Korean on /ko/', async () => {
    const s = await openSession('ko/lessons/tensors-and-autograd/');
    await type(s, 'v = torch.arange(3.)');
    const [worker] = s.page.workers();
    const restarted = s.page.waitForEvent('worker');
    // An error the worker does not catch, as a crashed interpreter or a failed chunk load gives.
    await worker.evaluate(() =>
      setTimeout(() => {
        throw new Error('the worker fails on purpose');
      }),
    );
    await restarted;
    await type(s, 'v * 2');
    await type(s, 'v');
    const text = await s.log.innerText();
    assert.match(
      text,
      />>> v \* 2\ntensor\(\[0\., 2\., 4\.\]\)\n\(세션이 예기치 않게 멈춰서 다시 시작했습니다\. 그 앞의 문장 \d+개를 다시 실행했습니다\.\)\n>>> v\ntensor\(\[0\., 1\., 2\.\]\)$/,
    );
    assert.equal(text.match(/예기치 않게/g)?.length, 1, 'said once');
    // The worker's own error reaches the console; nothing else may.
    assert.deepEqual(
      s.problems.filter((p) => !p.includes('the worker fails on purpose')),
      [],
    );
    await s.page.close();
  });

  test('a lesson opened again under the offline service worker starts its session (the worker script keeps its bootstrap fragment)', async () => {
    const fresh = await context.browser().newContext();
    const first = await openSession('lessons/tensors-and-autograd/', fresh);
    await type(first, 'torch.ones(2)');
    // What the page hands the service worker when the session's worker started before the service
    // worker was in control: the worker's script among the files it loaded, cached by its URL
    // without the fragment the bundler's bootstrap reads its config from.
    const handed = await first.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const scripts = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.includes('turbopack-worker'));
      for (const name of await caches.keys())
        for (const url of scripts) await (await caches.open(name)).delete(url);
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (e) => {
          if (e.data?.type === 'cached' && e.data.count === scripts.length) resolve(null);
        });
        registration.active.postMessage({ type: 'cache-urls', urls: scripts });
      });
      return scripts.length;
    });
    assert.ok(handed > 0, "the worker's script is among the files the page loaded");
    await first.page.close();
    const again = await openSession('lessons/tensors-and-autograd/', fresh);
    assert.equal(await again.page.evaluate(() => !!navigator.serviceWorker.controller), true);
    await type(again, 'torch.ones(2) * 3');
    assert.match(await again.log.innerText(), />>> torch\.ones\(2\) \* 3\ntensor\(\[3\., 3\.\]\)$/);
    assert.deepEqual(again.problems, []);
    await fresh.close();
  });
});
