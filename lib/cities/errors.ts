/** A city that was named (by id) does not exist. */
export class UnknownCityError extends Error {
  override name = 'UnknownCityError';
}
