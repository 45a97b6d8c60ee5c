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

  // The overview gives each entity's other spellings.
  assert.match(overview, /also “Kerry”/);

  // A toggle per type, each with its colour swatch (the legend).
  for (const type of ['person', 'organization', 'location', 'misc']) {
    assert.equal(await page.locator(`#layer-entities-${type}`).count(), 1, type);
    assert.equal(await page.locator(`.swatch-entities-${type}`).count(), 1, type);
  }
  await page.uncheck('#layer-entities-person');
  assert.equal(await page.locator('#article .entity-person').count(), 0);
  assert.ok(await page.locator('#article .entity-location').count() > 5, 'other types stay');
  await page.check('#layer-entities-person');
  assert.ok(await page.locator('#article .entity').count() > 20);
});

test('clicking an entity in the overview highlights all its mentions', async () => {
  const item = page.locator('#overview [data-ref^="entity-"]', { hasText: 'John Kerry' }).first();
  const ref = await item.getAttribute('data-ref');
  await item.click();
  const active = await page.$$eval(`#article [data-refs~="${ref}"].active`, (els) => els.map((el) => el.textContent));
  assert.ok(active.length >= 4, `highlighted mentions: ${active}`);
  assert.ok(active.every((text) => text.endsWith('Kerry')), `${active}`);
});
