'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on } from '@/app/_lib/form-actions';
import { doneWithNextStep, type NextStepState } from '../_lib/next-step';
import { createCity, DuplicateCityError, updateCity } from '@/lib/cities/cities';
import { UnknownCityError } from '@/lib/cities/errors';
import { zoneInWords } from '@/lib/dates';
import { canManageCities } from '@/lib/permissions';
import { cityFormInput, citySchema, toCityInput } from '@/lib/validation/cities';

/** Adds a city (no id) or saves an existing one. */
export const saveCityAction = formAction({
  namespace: 'Cities',
  can: canManageCities,
  parse: (form) => citySchema.safeParse(cityFormInput(form)),
  run: (actor, city) => (city.id ? updateCity(actor, city.id, toCityInput(city)) : createCity(actor, toCityInput(city))),
  errors: [on(DuplicateCityError, { field: 'name', message: 'errors.duplicate' }), on(UnknownCityError, 'notFound')],
  revalidate: ['/[locale]/organise'],
  done: async (city, t, input): Promise<NextStepState> =>
    doneWithNextStep(t(input.id ? 'saved' : 'created', { name: city.name, timeZone: zoneInWords(city.timeZone, await getLocale()) })),
});
