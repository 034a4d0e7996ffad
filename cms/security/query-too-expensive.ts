import { APIError } from 'payload';

/** A read the API refuses for its cost: HTTP 400 with a Dutch message that says how to ask instead. */
export class QueryTooExpensive extends APIError {
  constructor(message: string) {
    super(message, 400, null, true);
  }
}
