import type { ApiErrorCode } from '../../src-shared/api/contract';

/** An error a request handler raises on purpose: its code and message go back to the caller as they are. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string, id: number | string) => new ServiceError('not_found', `${what} ${id} does not exist (it may have been deleted).`);
