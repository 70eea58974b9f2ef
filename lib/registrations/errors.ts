/** What can go wrong in the coordinator workspace's writes; actions turn each into a message. */
import { UnknownCityError } from '@/lib/cities/errors';

export { UnknownCityError };

// ---------------------------------------------------------------------------

export class RegistrationNotFoundError extends Error {
  override name = 'RegistrationNotFoundError';
}

/** A coordinator of the city, but the registration deadline has passed. */
export class RegistrationClosedError extends Error {
  override name = 'RegistrationClosedError';
  constructor(readonly deadline: Date) {
    super('The registration deadline has passed.');
  }
}

/** The chosen existing building does not exist or is not one the user may register. */
export class UnknownBuildingError extends Error {
  override name = 'UnknownBuildingError';
}

export type DuplicateView = {
  id: number;
  name: string;
  address: string;
  cityId: number;
  reason: 'name' | 'nearby';
  distance: number;
  /** Already registered for this campaign (and not withdrawn): open that one instead. */
  illuminationId: number | null;
};

/** Buildings that may be the same one: the user must choose before anything is stored. */
export class PossibleDuplicatesError extends Error {
  override name = 'PossibleDuplicatesError';
  constructor(readonly duplicates: DuplicateView[]) {
    super('This building may already exist.');
  }
}

/** The building already has a registration for this campaign. */
export class AlreadyRegisteredError extends Error {
  override name = 'AlreadyRegisteredError';
  constructor(readonly illuminationId: number) {
    super('This building is already registered for this campaign.');
  }
}
