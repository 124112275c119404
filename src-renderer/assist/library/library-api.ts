import type { ApiResults } from '../../../src-shared/api/contract';
import type { ApiMethodName, ApiParams } from '../../../src-shared/api/schemas';
import { call } from '../../api/call';
import { useConsole } from '../../state/console-store';

/** A request from the library dialog; failures become a toast and `null`. */
export async function libraryCall<M extends ApiMethodName>(method: M, params: ApiParams<M>): Promise<ApiResults[M] | null> {
  const { transport, toast } = useConsole.getState();
  if (!transport) return null;
  try {
    return await call(transport, method, params);
  } catch (error) {
    toast('error', error instanceof Error ? error.message : String(error));
    return null;
  }
}
