'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { Field, SelectField } from '@/components/forms';

export type CityChoice = { name: string; country: string; province: string; lat: number; lng: number };

type Props = {
  city: string;
  country: string;
  /** Cities already known (the campaign's), suggested before anything is typed. */
  known: CityChoice[];
  countries: { code: string; name: string }[];
  errors: { city?: string[]; country?: string[] };
  disabled?: boolean;
  /** The chosen place, so that the map shows it; null while the typed name matches none. */
  onPlace: (place: CityChoice | null) => void;
};

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * The event's city, typed, with suggestions from the gazetteer (at home or
 * abroad) as the user types. The server finds the city again from the name
 * and country: nothing here is trusted.
 */
export function CityField({ known, countries, errors, disabled, onPlace, ...initial }: Props) {
  const t = useTranslations('partnerSpace');
  const listId = useId();
  const [city, setCity] = useState(initial.city);
  const [country, setCountry] = useState(initial.country);
  const [found, setFound] = useState<CityChoice[]>([]);

  const merged = (more: CityChoice[]) => [...known, ...more.filter((f) => !known.some((k) => same(k.name, f.name) && k.country === f.country))];
  const suggestions = merged(found);

  /** The place the typed name and country stand for, told to the map; a suggestion abroad sets its country. */
  const resolve = (name: string, code: string, list: CityChoice[]) => {
    const named = list.filter((s) => same(s.name, name.trim()));
    const place = named.find((s) => s.country === code) ?? named[0] ?? null;
    if (place && place.country !== code) setCountry(place.country);
    onPlace(place);
  };

  useEffect(() => {
    const q = city.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/partner/places?q=${encodeURIComponent(q)}`, { signal: controller.signal, credentials: 'same-origin' })
        .then((r) => (r.ok ? r.json() : { places: [] }))
        .then((body: { places: CityChoice[] }) => {
          setFound(body.places);
          resolve(city, country, merged(body.places));
        })
        .catch(() => {});
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- looked up again only when the typed name changes
  }, [city]);

  const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  return (
    <div className="city-field">
      <Field
        name="city"
        label={t('form.city')}
        hint={t('form.cityHint')}
        value={city}
        onChange={(e) => {
          setCity(e.target.value);
          resolve(e.target.value, country, suggestions);
        }}
        list={listId}
        autoComplete="off"
        errors={errors.city}
        disabled={disabled}
        required
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={`${s.name}-${s.country}-${s.lat}`} value={s.name}>
            {[s.province, countryName(s.country)].filter(Boolean).join(', ')}
          </option>
        ))}
      </datalist>
      <SelectField
        name="country"
        label={t('form.country')}
        value={country}
        onChange={(e) => {
          setCountry(e.target.value);
          resolve(city, e.target.value, suggestions);
        }}
        errors={errors.country}
        disabled={disabled}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
    </div>
  );
}
