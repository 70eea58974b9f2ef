/**
 * Every row of an import checked as the registration form checks a
 * registration (the same field schemas: limits, control characters, decimal
 * commas, times), the city found by name, and the same duplicate checks:
 * a building of the same name in its city or within 50 m, stored already or
 * earlier in the file. Pure: the caller reads what is stored (`World`), so
 * that the preview and the import's own transaction check alike.
 */
import type { z } from 'zod';
import type { Building, Illumination } from '@/db/schema';
import { LOCALES, type LightsOnMode, type Locale } from '@/lib/constants';
import { differingNames } from '@/lib/localized';
import { distanceMeters, findDuplicates, normaliseName, DUPLICATE_RADIUS_M } from '@/lib/registrations/duplicates';
import { endsBeforeLightsOn, endsBeforeSunset, sunsetSuggestion } from '@/lib/registrations/timing';
import { fieldErrorsOf, latitude, LIMITS, localTime, longitude, text } from '@/lib/validation/common';
import { otherNameField, registrationFieldSchemas } from '@/lib/validation/registration';
import { isSunset, kindOf, type ImportColumn } from './columns';
import { IMPORT_LIMITS } from './limits';
import type { Sheet } from './read';

/** A message for one row: a key of `Errors` (the form's own messages) or of `Import.issues`, with its values. */
export type RowIssue = { column: ImportColumn | null; key: string; params?: Record<string, string | number> };

/**
 * A row as it would be stored: the building's own columns (names in other
 * languages from the optional `name_fr`… columns, only those that differ;
 * `needsPlacing` when it has an address only, placed at the city's centre
 * for its coordinators to place) and the registration's lighting.
 */
export type ImportedBuilding = Pick<Building, 'cityId' | 'name' | 'names' | 'kind' | 'address' | 'description' | 'lat' | 'lng' | 'needsPlacing'> &
  Pick<Illumination, 'lightsOnMode' | 'lightsOnTime' | 'lightsOffTime'>;

export type PreviewRow = {
  row: number;
  /** The cells as read, to show beside the errors. */
  cells: Record<ImportColumn, string>;
  /** What would be stored; null when the row has errors. */
  building: ImportedBuilding | null;
  /** The city found, for the preview. */
  city: { id: number; name: string; names: Partial<Record<Locale, string>> } | null;
  errors: RowIssue[];
  /** Worth a look, but not in the way (placed at the city's centre, lights off before they go on…). */
  notes: RowIssue[];
};

export type World = {
  campaign: { id: number; year: number; eventDate: string };
  cities: { id: number; name: string; names: Partial<Record<Locale, string>>; lat: number; lng: number }[];
  /** Every stored building (only what the checks need). */
  buildings: { id: number; cityId: number; name: string; lat: number; lng: number }[];
  /** Buildings registered (not withdrawn) for the campaign. */
  registered: ReadonlySet<number>;
};

const fields = registrationFieldSchemas;
const cityName = text(LIMITS.NAME_MAX);

/** The form's messages for a value that one schema refused. */
function issuesOf(column: ImportColumn, result: z.ZodSafeParseResult<unknown>): RowIssue[] {
  if (result.success) return [];
  return Object.values(fieldErrorsOf(result.error))
    .flat()
    .map((e) => ({ column, key: e.key, ...(e.params ? { params: e.params } : {}) }));
}

/** Buildings by a grid of about a kilometre, to find those within 50 m of a point without comparing with all. */
function gridOf(buildings: World['buildings']) {
  const cell = (lat: number, lng: number) => `${Math.floor(lat * 100)}:${Math.floor(lng * 100)}`;
  const grid = new Map<string, World['buildings']>();
  for (const b of buildings) {
    const key = cell(b.lat, b.lng);
    const list = grid.get(key);
    if (list) list.push(b);
    else grid.set(key, [b]);
  }
  return (lat: number, lng: number) => {
    const near: World['buildings'] = [];
    for (const dLat of [-1, 0, 1]) for (const dLng of [-1, 0, 1]) near.push(...(grid.get(cell(lat + dLat / 100, lng + dLng / 100)) ?? []));
    return near;
  };
}

export function validateRows(sheet: Sheet, world: World): PreviewRow[] {
  const citiesByName = new Map<string, World['cities']>();
  for (const city of world.cities) {
    for (const name of new Set([city.name, ...Object.values(city.names)].map(normaliseName))) {
      const list = citiesByName.get(name) ?? [];
      list.push(city);
      citiesByName.set(name, list);
    }
  }
  const buildingsByCity = new Map<number, World['buildings']>();
  for (const b of world.buildings) {
    const list = buildingsByCity.get(b.cityId);
    if (list) list.push(b);
    else buildingsByCity.set(b.cityId, [b]);
  }
  const nearby = gridOf(world.buildings);
  const byId = new Map(world.buildings.map((b) => [b.id, b]));
  // Rows found good so far, for duplicates within the file.
  const accepted: { row: number; building: ImportedBuilding }[] = [];

  return sheet.rows.map(({ row, cells, problems }): PreviewRow => {
    const errors: RowIssue[] = problems.map(({ column, problem }) => ({ column, key: problem }));
    const notes: RowIssue[] = [];
    const broken = new Set(problems.map((p) => p.column));
    const check = <T>(column: ImportColumn, result: z.ZodSafeParseResult<T>): T | undefined => {
      if (broken.has(column)) return undefined;
      errors.push(...issuesOf(column, result));
      return result.success ? result.data : undefined;
    };

    // The city, by its name in any language.
    let city: World['cities'][number] | null = null;
    const cityText = check('city', cityName.safeParse(cells.city));
    if (cityText !== undefined) {
      const found = citiesByName.get(normaliseName(cityText)) ?? [];
      if (found.length === 1) city = found[0]!;
      else errors.push({ column: 'city', key: found.length ? 'ambiguousCity' : 'unknownCity', params: { city: cityText } });
    }

    const name = check('name', fields.name.safeParse(cells.name));
    const otherNames = Object.fromEntries(LOCALES.map((l) => [l, check(otherNameField(l), fields[otherNameField(l)].safeParse(cells[otherNameField(l)]))]));
    const kind = check('kind', fields.kind.safeParse(kindOf(cells.kind)));
    const address = check('address', fields.address.safeParse(cells.address));
    const description = check('description', fields.description.safeParse(cells.description));

    // The position: both coordinates, or neither (then the address places it at the city's centre).
    let lat: number | undefined;
    let lng: number | undefined;
    const noPosition = !cells.latitude.trim() && !cells.longitude.trim() && !broken.has('latitude') && !broken.has('longitude');
    if (!noPosition) {
      lat = check('latitude', latitude.safeParse(cells.latitude.trim() === '' ? undefined : cells.latitude));
      lng = check('longitude', longitude.safeParse(cells.longitude.trim() === '' ? undefined : cells.longitude));
    } else if (address === '') {
      errors.push({ column: 'address', key: 'positionOrAddress' });
    }

    // Lights on at sunset (an empty cell too) or at a time; lights off at a time or not said.
    // Times are read as the form reads them (21:30, 21h30, 2130, 21:30:00 from a spreadsheet…).
    let lightsOnMode: LightsOnMode = 'sunset';
    let lightsOnTime: string | null = null;
    if (!broken.has('lights_on') && !isSunset(cells.lights_on)) {
      lightsOnMode = 'time';
      const on = localTime.safeParse(cells.lights_on.trim());
      if (on.success) lightsOnTime = on.data;
      else errors.push({ column: 'lights_on', key: 'lightsOn' });
    }
    const offText = cells.lights_off.trim();
    const lightsOffTime = offText === '' || broken.has('lights_off') ? null : (check('lights_off', localTime.safeParse(offText)) ?? null);

    if (errors.length > 0 || !city || name === undefined || kind === undefined || address === undefined || description === undefined) {
      return { row, cells, building: null, city, errors, notes };
    }

    const building: ImportedBuilding = {
      cityId: city.id,
      name,
      names: differingNames(name, otherNames),
      kind,
      address,
      description,
      lat: noPosition ? city.lat : lat!,
      lng: noPosition ? city.lng : lng!,
      needsPlacing: noPosition,
      lightsOnMode,
      lightsOnTime,
      lightsOffTime,
    };

    // The same building stored already: the same name in its city, or (placed ones) within 50 m.
    const candidates = [...(buildingsByCity.get(city.id) ?? []), ...(noPosition ? [] : nearby(building.lat, building.lng))];
    const matches = findDuplicates(building, [...new Map(candidates.map((b) => [b.id, b])).values()]).filter((m) => !noPosition || m.reason === 'name');
    const match = matches[0];
    if (match) {
      const known = byId.get(match.building.id)!;
      errors.push(
        world.registered.has(known.id)
          ? { column: 'name', key: 'alreadyRegistered', params: { name: known.name, year: world.campaign.year } }
          : { column: 'name', key: match.reason === 'name' ? 'existingSameName' : 'existingNearby', params: { name: known.name, distance: match.distance } },
      );
    }
    // …or earlier in this file.
    const twin = accepted.find(
      (a) =>
        (a.building.cityId === building.cityId && normaliseName(a.building.name) === normaliseName(building.name)) ||
        (!noPosition && !a.building.needsPlacing && distanceMeters(a.building, building) <= DUPLICATE_RADIUS_M),
    );
    if (twin) errors.push({ column: 'name', key: 'duplicateInFile', params: { row: twin.row } });
    if (errors.length > 0) return { row, cells, building: null, city, errors, notes };

    accepted.push({ row, building });
    if (noPosition) notes.push({ column: 'address', key: 'placedAtCentre', params: { city: city.name } });
    else {
      const distance = distanceMeters(building, city);
      if (distance > IMPORT_LIMITS.FAR_FROM_CITY_M) notes.push({ column: 'latitude', key: 'farFromCity', params: { km: Math.round(distance / 1000), city: city.name } });
    }
    if (lightsOnMode === 'time' && endsBeforeLightsOn({ lightsOnTime, lightsOffTime })) {
      notes.push({ column: 'lights_off', key: 'endsBeforeLightsOn', params: { on: lightsOnTime!, off: lightsOffTime! } });
    } else if (!noPosition && endsBeforeSunset({ eventDate: world.campaign.eventDate, lat: building.lat, lng: building.lng, lightsOffTime })) {
      const sunset = sunsetSuggestion(world.campaign.eventDate, building.lat, building.lng).time ?? '';
      notes.push({ column: 'lights_off', key: 'endsBeforeSunset', params: { off: lightsOffTime!, sunset } });
    }
    return { row, cells, building, city, errors, notes };
  });
}

export type ImportCounts = { rows: number; valid: number; withErrors: number; toPlace: number };

export function countRows(rows: PreviewRow[]): ImportCounts {
  const valid = rows.filter((r) => r.building);
  return { rows: rows.length, valid: valid.length, withErrors: rows.length - valid.length, toPlace: valid.filter((r) => r.building!.needsPlacing).length };
}
