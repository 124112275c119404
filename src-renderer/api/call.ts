import type { ApiError, ApiResults, ApiTransport } from '../../src-shared/api/contract';
import type { ApiMethodName, ApiParams } from '../../src-shared/api/schemas';

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Unwraps an ApiResult: the value, or an ApiCallError carrying the core's readable message. */
export async function call<M extends ApiMethodName>(transport: ApiTransport, method: M, params: ApiParams<M>): Promise<ApiResults[M]> {
  const result = await transport.invoke(method, params);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
