'use server';

import { formAction, on } from '@/app/_lib/form-actions';
import { UnknownCityError } from '@/lib/cities/errors';
import { createHelpCentre, UnknownHelpCentreError, updateHelpCentre } from '@/lib/help-centres/help-centres';
import { helpCentreFormInput, helpCentreSchema } from '@/lib/help-centres/validation';
import { canManageHelpCentres } from '@/lib/permissions';

/** Adds a help centre (no id) or saves an existing one. */
export const saveHelpCentreAction = formAction({
  namespace: 'HelpCentres',
  can: canManageHelpCentres,
  parse: (form) => helpCentreSchema.safeParse(helpCentreFormInput(form)),
  run: (actor, { id, lat, lng, ...rest }) => {
    const input = { ...rest, lat: lat ?? null, lng: lng ?? null };
    return id ? updateHelpCentre(actor, id, input) : createHelpCentre(actor, input);
  },
  errors: [on(UnknownCityError, { field: 'cityId', message: 'errors.unknownCity' }), on(UnknownHelpCentreError, 'notFound')],
  revalidate: ['/[locale]/organise/help-centres'],
  done: (centre, t, input) => t(input.id ? 'saved' : 'created', { name: centre.name }),
});
