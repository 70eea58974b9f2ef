import { describe, expect, it } from 'vitest';
import { countRows, validateRows, type World } from '@/lib/imports/validate';
import { IMPORT_COLUMNS, kindOf, type ImportColumn } from '@/lib/imports/columns';
import { type Sheet } from '@/lib/imports/read';
import { LOCALES } from '@/lib/constants';
import { localTime } from '@/lib/validation/common';

const world: World = {
  campaign: { id: 1, year: 2030, eventDate: '2030-07-30' },
  cities: [
    { id: 1, name: 'Ghent', names: { fr: 'Gand', nl: 'Gent' }, lat: 51.0543, lng: 3.7174 },
    { id: 2, name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' }, lat: 50.6326, lng: 5.5797 },
    { id: 3, name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel' }, lat: 50.8467, lng: 4.3525 },
  ],
  buildings: [
    { id: 10, cityId: 1, name: 'Ghent City Hall', lat: 51.0547, lng: 3.7253 },
    { id: 11, cityId: 3, name: 'Brussels Town Hall', lat: 50.8467, lng: 4.3524 },
  ],
  registered: new Set([11]),
};

let n = 1;
function sheet(...rows: Partial<Record<ImportColumn, string>>[]): Sheet {
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    ignoredColumns: [],
    repeatedColumns: [],
    rows: rows.map((cells) => ({ row: ++n, cells: { ...Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])), ...cells } as Record<ImportColumn, string>, problems: [] })),
  };
}
const keys = (issues: { column: string | null; key: string }[]) => issues.map((i) => `${i.column}:${i.key}`);

describe('checking the rows of an import', () => {
  it('reads the optional names in other languages, one column per language, keeping only those that differ', () => {
    const [good, same, long] = validateRows(
      sheet(
        { city: 'Brussels', name: 'Royal Palace', name_fr: 'Palais royal', name_nl: 'Koninklijk Paleis', latitude: '50,8418', longitude: '4,3621' },
        { city: 'Brussels', name: 'Atomium', name_fr: 'Atomium', name_de: ' ', latitude: '50,8949', longitude: '4,3415' },
        { city: 'Brussels', name: 'Bourse', name_nl: 'B'.repeat(121), latitude: '50,8482', longitude: '4,3497' },
      ),
      world,
    );
    // Right after the name, one per language of the site.
    expect(IMPORT_COLUMNS.slice(2, 2 + LOCALES.length)).toEqual(LOCALES.map((l) => `name_${l}`));
    expect(good!.building?.names).toEqual({ fr: 'Palais royal', nl: 'Koninklijk Paleis' });
    expect(same!.building?.names).toEqual({});
    expect(long!.building).toBeNull();
    expect(keys(long!.errors)).toEqual(['name_nl:tooLong']);
  });

  it('takes a good row as the form would: city in any language, kind in any language, decimal commas, sunset', () => {
    const [row] = validateRows(sheet({ city: 'GAND', name: ' Belfry  of Ghent ', kind: 'Toren', latitude: '51,0536', longitude: '3,7247', lights_off: '1:00' }), world);
    expect(row!.errors).toEqual([]);
    expect(row!.building).toEqual({
      cityId: 1,
      name: 'Belfry  of Ghent',
      names: {},
      kind: 'tower',
      address: '',
      description: '',
      lat: 51.0536,
      lng: 3.7247,
      needsPlacing: false,
      lightsOnMode: 'sunset',
      lightsOnTime: null,
      lightsOffTime: '01:00',
    });
  });

  it('places a row with an address and no coordinates at its city’s centre, flagged', () => {
    const [row] = validateRows(sheet({ city: 'luik', name: 'Opera', address: 'Place de l’Opéra, 4000 Liège', lights_on: '21h45' }), world);
    expect(row!.building).toMatchObject({ cityId: 2, lat: 50.6326, lng: 5.5797, needsPlacing: true, lightsOnMode: 'time', lightsOnTime: '21:45' });
    expect(keys(row!.notes)).toEqual(['address:placedAtCentre']);
  });

  it('reports every error of a row at once, with the form’s own messages', () => {
    const [row] = validateRows(
      sheet({ city: 'Atlantis', name: 'x'.repeat(10_000), kind: 'castle', latitude: '200', longitude: 'east', lights_on: 'dusk', lights_off: '25:00', description: 'a\u0000b' }),
      world,
    );
    expect(row!.building).toBeNull();
    expect(keys(row!.errors).sort()).toEqual(
      [
        'city:unknownCity',
        'name:tooLong',
        'kind:choice',
        'latitude:latitude',
        'longitude:number',
        'lights_on:lightsOn',
        'lights_off:timeRange',
        'description:controlChars',
      ].sort(),
    );
    expect(row!.errors.find((e) => e.key === 'tooLong')).toMatchObject({ params: { max: 120 } });
  });

  it('needs both coordinates, or an address', () => {
    const rows = validateRows(sheet({ city: 'Ghent', name: 'A', latitude: '51,05' }), { ...world, buildings: [] });
    expect(keys(rows[0]!.errors)).toEqual(['longitude:number']);
    const [alone] = validateRows(sheet({ city: 'Ghent', name: 'B' }), world);
    expect(keys(alone!.errors)).toEqual(['address:positionOrAddress']);
  });

  it('finds the same building stored already: by name in its city, within 50 m, or registered for the campaign', () => {
    const rows = validateRows(
      sheet(
        { city: 'Gent', name: 'ghent city-hall', address: 'Botermarkt 1' },
        { city: 'Ghent', name: 'Stadhuis', latitude: '51.05472', longitude: '3.72535' },
        { city: 'Bruxelles', name: 'Hôtel de Ville', latitude: '50,8467', longitude: '4,3524' },
        // An address-only row at the city's centre is not "near" what stands there.
        { city: 'Brussels', name: 'Manneken-Pis', address: 'Rue de l’Étuve' },
      ),
      world,
    );
    expect(rows.map((r) => keys(r.errors))).toEqual([['name:existingSameName'], ['name:existingNearby'], ['name:alreadyRegistered'], []]);
    expect(rows[2]!.errors[0]!.params).toEqual({ name: 'Brussels Town Hall', year: 2030 });
  });

  it('finds the same building twice in the file, naming the first row', () => {
    const rows = validateRows(
      sheet(
        { city: 'Ghent', name: 'Belfry', latitude: '51.0536', longitude: '3.7247' },
        { city: 'Gent', name: 'BELFRY', latitude: '51.06', longitude: '3.70' },
        { city: 'Ghent', name: 'Cloth Hall', latitude: '51.05365', longitude: '3.72475' },
        { city: 'Ghent', name: 'Castle', address: 'Sint-Veerleplein' },
        { city: 'Ghent', name: 'Opera', address: 'Schouwburgstraat' },
      ),
      world,
    );
    const first = rows[0]!.row;
    expect(rows.map((r) => keys(r.errors))).toEqual([[], ['name:duplicateInFile'], ['name:duplicateInFile'], [], []]);
    expect(rows[1]!.errors[0]!.params).toEqual({ row: first });
    expect(countRows(rows)).toEqual({ rows: 5, valid: 3, withErrors: 2, toPlace: 2 });
  });

  it('notes what is worth a look without refusing it: far from the city, lights off before they go on or before sunset', () => {
    const rows = validateRows(
      sheet(
        { city: 'Ghent', name: 'Swapped', latitude: '3.7247', longitude: '51.0536' },
        { city: 'Ghent', name: 'Early', latitude: '51.0500', longitude: '3.7300', lights_on: '22:00', lights_off: '21:00' },
        { city: 'Ghent', name: 'Short', latitude: '51.0510', longitude: '3.7400', lights_off: '20:00' },
      ),
      world,
    );
    expect(rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(rows.map((r) => keys(r.notes))).toEqual([['latitude:farFromCity'], ['lights_off:endsBeforeLightsOn'], ['lights_off:endsBeforeSunset']]);
  });

  it('refuses a cell that holds a formula without a value, and only that cell', () => {
    const s = sheet({ city: 'Ghent', name: 'Tower', latitude: '51.04', longitude: '3.71' });
    s.rows[0]!.problems.push({ column: 'name', problem: 'formula' });
    const [row] = validateRows(s, world);
    expect(keys(row!.errors)).toEqual(['name:formula']);
  });

  it('reads kinds and times as people write them', () => {
    expect(['Hôtel de Ville', 'stadhuis', 'RATHAUS', 'town_hall', 'Town hall'].map(kindOf)).toEqual(Array(5).fill('town_hall'));
    expect(kindOf('')).toBe('other');
    expect(kindOf('castle')).toBe('castle');
    expect(['21:30', '9:05', '21:30:00', '21h30', '21 h 30', '2130'].map((t) => localTime.parse(t))).toEqual(['21:30', '09:05', '21:30', '21:30', '21:30', '21:30']);
    expect(localTime.safeParse('soon').success).toBe(false);
  });
});
