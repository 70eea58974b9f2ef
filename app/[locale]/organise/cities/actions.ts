'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { publicDataChanged } from '@/app/_lib/public-data';
import { currentActor } from '@/app/_auth/current-actor';
import { fieldError, notFoundState, refused, unexpected } from '@/app/_lib/action-results';
import type { ActionState } from '@/lib/action-state';
import { BUILDINGS_TAG } from '@/lib/cache-tags';
import { createCity, DuplicateCityError, UnknownCityError, updateCity, type CityInput } from '@/lib/cities';
import { canManageCities } from '@/lib/permissions';
import { cityFormInput, citySchema } from '@/lib/validation/cities';
import { invalidIn } from '../_lib/results';

/** Adds a city (no id) or saves an existing one. */
export async function saveCityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCities(actor)) return refused(actor);
  const parsed = citySchema.safeParse(cityFormInput(formData));
  if (!parsed.success) return invalidIn('Cities', parsed.error, formData);
  const t = await getTranslations('Cities');
  const v = parsed.data;
  const input: CityInput = {
    name: v.name,
    names: { en: v.name_en, fr: v.name_fr, nl: v.name_nl, de: v.name_de },
    country: v.country,
    province: v.province,
    lat: v.lat,
    lng: v.lng,
    timeZone: v.timeZone || null,
  };
  try {
    const city = v.id ? await updateCity(actor, v.id, input) : await createCity(actor, input);
    // City names and places are part of every year's public data.
    publicDataChanged(BUILDINGS_TAG);
    revalidatePath('/[locale]/organise', 'layout');
    return { ok: true, code: 'ok', message: t(v.id ? 'saved' : 'created', { name: city.name, timeZone: city.timeZone }), fieldErrors: {} };
  } catch (error) {
    if (error instanceof DuplicateCityError) return fieldError('name', t('errors.duplicate'), formData);
    if (error instanceof UnknownCityError) return notFoundState();
    return unexpected(error, formData);
  }
}
