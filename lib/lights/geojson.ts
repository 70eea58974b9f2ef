import type { PublicCampaign, PublicLight } from './public';

export type LightFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    /** Its names in other languages, where they differ. */
    names: PublicLight['names'];
    kind: PublicLight['kind'];
    address: string;
    description: string;
    /** For `/embed?city=<cityId>`. */
    cityId: number;
    city: string;
    cityNames: PublicLight['city']['names'];
    province: string;
    country: string;
    timeZone: string;
    lightsOnMode: PublicLight['lightsOn']['mode'];
    lightsOn: string | null;
    lightsOnAt: string | null;
    lightsOff: string | null;
    lightsOffAt: string | null;
    litAt: string | null;
    url: string;
  };
};

export type LightsFeatureCollection = {
  type: 'FeatureCollection';
  campaign: PublicCampaign;
  features: LightFeature[];
};

/** Rounds to 6 decimals (about 10 cm), as RFC 7946 suggests keeping precision sensible. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** RFC 7946 GeoJSON: positions are [longitude, latitude]. */
export function toFeatureCollection(campaign: PublicCampaign, lights: PublicLight[]): LightsFeatureCollection {
  return {
    type: 'FeatureCollection',
    campaign,
    features: lights.map((l) => ({
      type: 'Feature',
      id: l.id,
      geometry: { type: 'Point', coordinates: [round(l.lng), round(l.lat)] },
      properties: {
        name: l.name,
        names: l.names,
        kind: l.kind,
        address: l.address,
        description: l.description,
        cityId: l.city.id,
        city: l.city.name,
        cityNames: l.city.names,
        province: l.city.province,
        country: l.city.country,
        timeZone: l.city.timeZone,
        lightsOnMode: l.lightsOn.mode,
        lightsOn: l.lightsOn.time,
        lightsOnAt: l.lightsOn.at,
        lightsOff: l.lightsOff.time,
        lightsOffAt: l.lightsOff.at,
        litAt: l.litAt,
        url: `/buildings/${l.id}`,
      },
    })),
  };
}
