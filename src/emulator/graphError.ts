import type { EmuRequest, EmuResponse } from './EmuRequest';

/** Graph's error envelope: `{error:{code,message,innerError:{date,request-id,client-request-id}}}`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  req?: Pick<EmuRequest, 'requestId' | 'headers'>,
  headers?: Record<string, string>,
): EmuResponse {
  const requestId = req?.requestId ?? '00000000-0000-0000-0000-000000000000';
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
          'request-id': requestId,
          'client-request-id': req?.headers['client-request-id'] ?? requestId,
        },
      },
    },
  };
}

export const notFound = (req: EmuRequest, what = 'The requested item is not found.'): EmuResponse =>
  graphError(404, 'NotFound', what, req);

export const badRequest = (req: EmuRequest, message: string, code = 'BadRequest'): EmuResponse =>
  graphError(400, code, message, req);

export const forbidden = (req: EmuRequest, message?: string, code = 'Forbidden'): EmuResponse =>
  graphError(
    403,
    code,
    message ?? 'You do not have the required permissions to access this item, or the item may not exist.',
    req,
  );
