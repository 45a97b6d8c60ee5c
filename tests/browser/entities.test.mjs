// The entities layer in the page: mentions highlighted by type, the overview lists each
// entity with its type, mention count and description, and a click links the two.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, analysisAfter } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
});

after(async () => {
  await session?.close();
});

test('the sample shows its entities by type', async () => {
  const { analysis } = await analysisAfter(page, () => page.click('#sample'));
  const kerry = analysis.entities.find((e) => e.name === 'John Kerry');
  assert.equal(kerry.type, 'PERSON');

  const people = await page.$$eval('#article .entity-person', (els) => els.map((el) => el.textContent));
  assert.ok(people.includes('John Kerry') && people.includes('Kerry'), `people: ${people}`);
  const places = await page.$$eval('#article .entity-location', (els) => els.map((el) => el.textContent));
  assert.ok(places.includes('Aleppo'), `places: ${places}`);
  // All mentions of one entity share its ref.
  const refs = await page.$$eval('#article .entity-person', (els) =>
    els.filter((el) => el.textContent.endsWith('Kerry')).map((el) => el.dataset.ref ?? el.dataset.refs));
  assert.equal(new Set(refs).size, 1, `one entity for every Kerry mention: ${refs}`);

  const overview = await page.textContent('#overview');
  assert.match(overview, /John Kerry/);
  assert.match(overview, /the director of a hospital in the rebel-held east/);

  await page.uncheck('#layer-entities');
  assert.equal(await page.locator('#article .entity').count(), 0);
  await page.check('#layer-entities');
  assert.ok(await page.locator('#article .entity').count() > 20);
});
