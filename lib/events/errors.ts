/** What can go wrong in the partner space's writes; actions turn each into a message. */

/** No such event, or one the user may not see (the same answer: an id is not a fact). */
export class EventNotFoundError extends Error {
  override name = 'EventNotFoundError';
}

/** A partner of the organisation, but the campaign's registration deadline has passed. */
export class EventRegistrationClosedError extends Error {
  override name = 'EventRegistrationClosedError';
  constructor(readonly deadline: Date) {
    super('The registration deadline has passed.');
  }
}

/** The event's date is too far from the campaign's day. */
export class EventDateOutOfRangeError extends Error {
  override name = 'EventDateOutOfRangeError';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super('The date is outside the campaign’s window.');
  }
}

/** The typed city is neither known nor in the gazetteer under that name and country. */
export class UnknownEventPlaceError extends Error {
  override name = 'UnknownEventPlaceError';
}

/** The event changed since the form was opened (someone else saved, or an organiser reviewed it). */
export class StaleEventError extends Error {
  override name = 'StaleEventError';
}

/** A withdrawn event cannot be changed any more (register it again instead). */
export class EventWithdrawnError extends Error {
  override name = 'EventWithdrawnError';
}
