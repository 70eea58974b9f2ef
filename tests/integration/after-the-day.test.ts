/**
 * After the day, on real SQLite: a campaign's results count only approved
 * registrations of published campaigns; the press pack holds the public
 * photos as JPEG, their credits, the list and the sentence, for organisers
 * only; posters exist for approved registrations, for their city's
 * coordinators and the organisers.
 */
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { approvedVersionOf, createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { auditLog } from '@/db/schema';
import { pressPack, type PressPackWords } from '@/lib/exports/press-pack';
import { ForbiddenError, UnauthenticatedError, type Actor } from '@/lib/permissions';
import { preparePhoto, storePhoto } from '@/lib/photos/photos';
import { setPhotoRights } from '@/lib/photos/rights';
import { buildingPoster, cityPoster, PosterNotFoundError, toolkitCities } from '@/lib/posters/data';
import { campaignResults } from '@/lib/results/read';
import { pngImage } from '../helpers/images';

const db = () => getDb();
const YEAR = 2051;
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const ghent = createCity(db(), { name: 'Ghent', names: { fr: 'Gand' }, province: 'East Flanders' });
  const liege = createCity(db(), { name: 'Liège', province: 'Liège' });
  const tokyo = createCity(db(), { name: 'Tokyo', country: 'JP', province: 'Tokyo', timeZone: 'Asia/Tokyo', lat: 35.68, lng: 139.69 });
  const organiser: NonNullable<Actor> = { id: createUser(db(), { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  const ghentCoordinator: NonNullable<Actor> = { id: createUser(db(), {}, [ghent.id]).id, role: 'coordinator', cityIds: [ghent.id] };
  const liegeCoordinator: NonNullable<Actor> = { id: createUser(db(), {}, [liege.id]).id, role: 'coordinator', cityIds: [liege.id] };

  // An earlier published campaign, and an unpublished one in between that counts nowhere.
  const past = createCampaign(db(), { year: YEAR - 2 });
  const hidden = createCampaign(db(), { year: YEAR - 1, published: false });
  const campaign = createCampaign(db(), { year: YEAR });
  const photo = async () => storePhoto(await preparePhoto(await pngImage({ width: 80, height: 60 })));

  const hall = createBuilding(db(), { cityId: ghent.id, name: 'City Hall', kind: 'town_hall', lat: 51.05, lng: 3.72 });
  const belfry = createBuilding(db(), { cityId: ghent.id, name: 'Belfry', kind: 'tower', lat: 51.053, lng: 3.724 });
  const palace = createBuilding(db(), { cityId: liege.id, name: 'Palace', kind: 'monument', lat: 50.64, lng: 5.57 });
  const embassy = createBuilding(db(), { cityId: tokyo.id, name: 'Embassy of Belgium', kind: 'embassy', lat: 35.68, lng: 139.74 });
  const pending = createBuilding(db(), { cityId: liege.id, name: 'Pending', kind: 'church', lat: 50.63, lng: 5.56 });
  const rejected = createBuilding(db(), { cityId: liege.id, name: 'Rejected', kind: 'church', lat: 50.62, lng: 5.55 });

  const hallPhoto = await photo();
  const hallNight = await photo();
  const belfryPhoto = await photo();
  const hallRow = createIllumination(db(), { campaignId: campaign.id, buildingId: hall.id, photo: hallPhoto, litPhoto: hallNight, litAt: new Date(`${YEAR}-07-30T19:40:00Z`) });
  // Approved, then edited: it still takes part with its approved version (here: its old name and photo).
  createIllumination(db(), { campaignId: campaign.id, buildingId: belfry.id, status: 'submitted', approved: approvedVersionOf({ ...belfry, name: 'Old Belfry' }, { photo: belfryPhoto }) });
  createIllumination(db(), { campaignId: campaign.id, buildingId: palace.id, litAt: new Date(`${YEAR}-07-30T20:00:00Z`) });
  createIllumination(db(), { campaignId: campaign.id, buildingId: embassy.id });
  createIllumination(db(), { campaignId: campaign.id, buildingId: pending.id, status: 'submitted' });
  createIllumination(db(), { campaignId: campaign.id, buildingId: rejected.id, status: 'rejected' });
  createIllumination(db(), { campaignId: past.id, buildingId: hall.id });
  createIllumination(db(), { campaignId: hidden.id, buildingId: hall.id });
  createIllumination(db(), { campaignId: hidden.id, buildingId: palace.id });

  await setPhotoRights(ghentCoordinator, hallRow.id, { registration: { credit: 'Stad Gent', publish: true }, night: { credit: 'Jan Peeters', publish: true } });
  return { ghent, liege, tokyo, organiser, ghentCoordinator, liegeCoordinator, campaign, hall, belfry, palace, pending, embassy };
}

beforeAll(async () => {
  world = await build();
});

describe('results', () => {
  it('count the approved registrations of the year, embassies in their host country, and the growth of published years', async () => {
    const results = (await campaignResults(YEAR))!;
    expect(results.figures).toMatchObject({ buildings: 4, cities: 3, countries: 2, lit: 2, embassies: 1 });
    expect(results.figures.byProvince).toEqual([
      { province: 'East Flanders', buildings: 2, cities: 1, lit: 1 },
      { province: 'Liège', buildings: 1, cities: 1, lit: 1 },
    ]);
    expect(results.figures.byCountry.map((c) => [c.country, c.buildings])).toEqual([
      ['BE', 3],
      ['JP', 1],
    ]);
    expect(results.growth.filter((g) => g.year >= YEAR - 2)).toEqual([
      { year: YEAR - 2, buildings: 1, cities: 1, countries: 1, lit: 0 },
      { year: YEAR, buildings: 4, cities: 3, countries: 2, lit: 2 },
    ]);
  });

  it('do not exist for an unpublished campaign', async () => {
    expect(await campaignResults(YEAR - 1)).toBeUndefined();
    expect(await campaignResults(2999)).toBeUndefined();
  });
});

const words: PressPackWords = {
  creditsHeading: 'Photos and credits',
  roles: { registration: 'the building', night: 'on the night' },
  noCredit: 'no credit given',
  sentences: { en: 'On 30 July…', fr: 'Le 30 juillet…', nl: 'Op 30 juli…', de: 'Am 30. Juli…' },
  languages: { en: 'English', fr: 'French', nl: 'Dutch', de: 'German' },
};

describe('the press pack', () => {
  it('holds the public photos as JPEG named after city and building, their credits, the list as CSV and XLSX, and the sentence', async () => {
    const pack = await pressPack(world.organiser, YEAR, 'fr', words);
    const files = unzipSync(pack.body);
    expect(Object.keys(files).sort()).toEqual(
      ['blue-lights-2051.csv', 'blue-lights-2051.xlsx', 'credits.txt', 'photos/Gand - City Hall (2).jpg', 'photos/Gand - City Hall.jpg', 'photos/Gand - Old Belfry.jpg', 'press-sentence.txt'].sort(),
    );
    const jpeg = files['photos/Gand - City Hall.jpg']!;
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 80, height: 60 });

    const credits = strFromU8(files['credits.txt']!);
    expect(credits).toContain('Gand - City Hall.jpg\tCity Hall, Gand\tthe building\tStad Gent');
    expect(credits).toContain('Gand - City Hall (2).jpg\tCity Hall, Gand\ton the night\tJan Peeters');
    expect(credits).toContain('Gand - Old Belfry.jpg\tOld Belfry, Gand\tthe building\tno credit given');
    expect(strFromU8(files['press-sentence.txt']!)).toContain('[French]\r\nLe 30 juillet…');

    const csv = Papa.parse<Record<string, string>>(strFromU8(files['blue-lights-2051.csv']!).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((r) => r.name).sort()).toEqual(['City Hall', 'Embassy of Belgium', 'Old Belfry', 'Palace']);
    expect(new Set(csv.map((r) => r.status))).toEqual(new Set(['approved']));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files['blue-lights-2051.xlsx']!.buffer.slice(files['blue-lights-2051.xlsx']!.byteOffset) as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(5);

    const audit = db().select().from(auditLog).where(eq(auditLog.action, 'press_pack')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.organiser.id, after: { year: YEAR, photos: 3, rows: 4 } });
  });

  it('is for organisers only', async () => {
    await expect(pressPack(world.ghentCoordinator, YEAR, 'en', words)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(pressPack(null, YEAR, 'en', words)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe('posters', () => {
  it('exist for an approved registration, for its city’s coordinators and the organisers, in the city’s languages', async () => {
    const poster = await buildingPoster(world.ghentCoordinator, YEAR, world.hall.id);
    expect(poster.light.name).toBe('City Hall');
    expect(poster.city.locales).toEqual(['nl']);
    expect(poster.light.lightsOn.mode).toBe('sunset');
    expect(poster.light.lightsOn.time).toMatch(/^21:\d\d$/);
    await expect(buildingPoster(world.organiser, YEAR, world.hall.id)).resolves.toBeTruthy();
    await expect(buildingPoster(world.liegeCoordinator, YEAR, world.hall.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(buildingPoster(world.organiser, YEAR, world.pending.id)).rejects.toBeInstanceOf(PosterNotFoundError);
    await expect(buildingPoster(world.organiser, 2998, world.hall.id)).rejects.toBeInstanceOf(PosterNotFoundError);
  });

  it('of a city list its approved buildings with their approved names', async () => {
    const poster = await cityPoster(world.ghentCoordinator, YEAR, world.ghent.id);
    expect(poster.lights.map((l) => l.name)).toEqual(['City Hall', 'Old Belfry']);
    await expect(cityPoster(world.liegeCoordinator, YEAR, world.ghent.id)).rejects.toBeInstanceOf(ForbiddenError);
    const tokyo = await cityPoster(world.organiser, YEAR, world.tokyo.id);
    expect(tokyo.city.locales).toEqual(['en']);
  });

  it('are offered in the toolkit for the cities the user acts for', async () => {
    const mine = await toolkitCities(world.liegeCoordinator, YEAR);
    expect(mine!.cities.map((c) => [c.city.name, c.lights.map((l) => l.name)])).toEqual([['Liège', ['Palace']]]);
    const all = await toolkitCities(world.organiser, YEAR);
    expect(all!.cities.map((c) => c.city.name)).toEqual(['Ghent', 'Liège', 'Tokyo']);
  });
});

describe('the press pack of hostile names', () => {
  it('keeps formulas out of credits.txt, every field on its line, and bidirectional controls out of file names', async () => {
    const year = YEAR + 5;
    const campaign = createCampaign(db(), { year });
    const bruges = createCity(db(), { name: 'Bruges' });
    const coordinator: NonNullable<Actor> = { id: createUser(db(), {}, [bruges.id]).id, role: 'coordinator', cityIds: [bruges.id] };
    const photo = async () => storePhoto(await preparePhoto(await pngImage({ width: 40, height: 30 })));
    const formula = createBuilding(db(), { cityId: bruges.id, name: '=HYPERLINK("http://evil.example","Click")', lat: 51.2, lng: 3.22 });
    const spoof = createBuilding(db(), { cityId: bruges.id, name: 'Tower\u202Egpj.exe', lat: 51.21, lng: 3.23 });
    const row = createIllumination(db(), { campaignId: campaign.id, buildingId: formula.id, photo: await photo() });
    createIllumination(db(), { campaignId: campaign.id, buildingId: spoof.id, photo: await photo() });
    await setPhotoRights(coordinator, row.id, { registration: { credit: "@SUM(1+1)\tx;=cmd|' /C calc'!A0", publish: true } });

    const files = unzipSync((await pressPack(world.organiser, year, 'en', words)).body);
    const names = Object.keys(files).filter((n) => n.startsWith('photos/'));
    expect(names.sort()).toEqual(['photos/Bruges - =HYPERLINK( http evil.example , Click ).jpg', 'photos/Bruges - Tower gpj.exe.jpg']);
    for (const name of Object.keys(files)) expect(name, name).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);

    const lines = strFromU8(files['credits.txt']!).split('\r\n').filter(Boolean);
    // The heading and one line per photo, four fields each.
    expect(lines).toHaveLength(3);
    const cells = lines.slice(1).map((line) => line.split('\t'));
    for (const line of cells) expect(line).toHaveLength(4);
    expect(cells.find((c) => c[1]!.includes('HYPERLINK'))).toEqual([
      'Bruges - =HYPERLINK( http evil.example , Click ).jpg',
      "'=HYPERLINK(\"http://evil.example\",\"Click\"), Bruges",
      'the building',
      "'@SUM(1+1) x;'=cmd|' /C calc'!A0",
    ]);
    expect(cells.find((c) => c[0]!.includes('Tower'))![1]).toBe('Towergpj.exe, Bruges');
    // However a spreadsheet splits these lines, no cell starts a formula.
    for (const line of lines) {
      for (const separator of ['\t', ';', ',']) {
        for (const cell of line.split(separator)) expect(cell.replace(/^"+/, ''), `${separator} in ${line}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});
