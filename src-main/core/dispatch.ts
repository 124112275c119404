// The host boundary: a request is an unknown method name and unknown params until proven otherwise.
// Every request is checked against the contract's schema; every failure becomes an ApiResult error
// with a code and a sentence a person can read. Nothing a caller sends can crash the core.
import type { ApiResult, ApiResults } from '../../src-shared/api/contract';
import { apiParamSchemas, isApiMethodName, type ApiMethodName, type ApiParsedParams } from '../../src-shared/api/schemas';
import { ServiceError } from '../services/errors';

export type ApiHandlers = { [M in ApiMethodName]: (params: ApiParsedParams<M>) => ApiResults[M] | Promise<ApiResults[M]> };

export interface DispatchOptions {
  /** Where unexpected errors are reported (they are not shown to the user in full). */
  onInternalError?: (method: string, error: unknown) => void;
}

export function createDispatcher(handlers: ApiHandlers, options: DispatchOptions = {}) {
  return async function dispatch(method: unknown, params: unknown): Promise<ApiResult<unknown>> {
    if (!isApiMethodName(method)) {
      const name = typeof method === 'string' ? `"${method.slice(0, 80)}"` : `a ${typeof method}`;
      return { ok: false, error: { code: 'unknown_method', message: `The console has no request named ${name}.` } };
    }
    const parsed = apiParamSchemas[method].safeParse(params ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(params)', message: i.message }));
      return {
        ok: false,
        error: {
          code: 'invalid_request',
          message: `Invalid ${method} request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        },
      };
    }
    try {
      const handler = handlers[method] as (p: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
      options.onInternalError?.(method, error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Something went wrong while running ${method}: ${detail}` } };
    }
  };
}
