import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { demoPublicCounts, currentDemoYear, PAST_YEAR, DEMO_BUILDINGS } from '@/lib/demo/demo-data';
import { seedDemoData } from '@/lib/demo/seed';
import { getPublicCampaign, getPublishedCampaign } from '@/lib/campaigns/campaigns';
import { toFeatureCollection } from '@/lib/lights/geojson';
import { getPublicBuilding, listPublicLights, toPublicCampaign } from '@/lib/lights/public';

describe('public lights', () => {
  beforeAll(() => seedDemoData(getDb()));

  it('lists only the approved illuminations of the asked campaign', async () => {
    const current = (await getPublishedCampaign(currentDemoYear()))!;
    const lights = await listPublicLights(current.id);
    const { approved } = demoPublicCounts();
    expect(lights.map((l) => l.name).sort()).toEqual(approved.map((b) => b.name).sort());

    const past = (await getPublishedCampaign(PAST_YEAR))!;
    const pastLights = await listPublicLights(past.id);
    expect(pastLights.map((l) => l.name).sort()).toEqual(
      DEMO_BUILDINGS.filter((b) => b.past).map((b) => b.name).sort(),
    );
  });

  it('shows the latest published campaign to the public', async () => {
    expect((await getPublicCampaign())?.year).toBe(currentDemoYear());
  });

  it('writes GeoJSON positions as [longitude, latitude] with the properties the map needs', async () => {
    const current = (await getPublishedCampaign(currentDemoYear()))!;
    const lights = await listPublicLights(current.id);
    const fc = toFeatureCollection(toPublicCampaign(current), lights);
    expect(fc.type).toBe('FeatureCollection');
    const ghent = fc.features.find((f) => f.properties.name === 'Ghent City Hall')!;
    expect(ghent.geometry).toEqual({ type: 'Point', coordinates: [3.7253, 51.0547] });
    expect(ghent.properties).toMatchObject({
      city: 'Ghent',
      kind: 'town_hall',
      province: 'East Flanders',
      lightsOnMode: 'sunset',
      lightsOff: '01:00',
      url: `/buildings/${ghent.id}`,
    });
    expect(ghent.properties.lightsOn).toMatch(/^21:\d\d$/);
  });

  it('hides a building that was never approved', async () => {
    const current = (await getPublishedCampaign(currentDemoYear()))!;
    const lights = await listPublicLights(current.id);
    const visible = await getPublicBuilding(lights[0]!.id);
    expect(visible?.light.name).toBe(lights[0]!.name);
    const all = await getDb().query.buildings.findMany();
    const nivelles = all.find((b) => b.name === 'Nivelles Collegiate Church')!;
    expect(await getPublicBuilding(nivelles.id)).toBeUndefined();
  });
});
