import { appError, type AppError, type AppErrorKind } from '../../core/errors/AppError';

/**
 * Outlook reports failures as `Office.Error {name, message, code}`; the names are stable across
 * clients while the numeric codes differ between classic Windows and the web, so names decide first.
 */
const BY_NAME: Record<string, AppErrorKind> = {
  PermissionDenied: 'forbidden',
  APINotSupported: 'unsupported',
  NotSupported: 'unsupported',
  InvalidApiCall: 'unsupported',
  NetworkError: 'offline',
  RequestTimeout: 'timeout',
  Timeout: 'timeout',
  TooManyRequests: 'throttled',
  ServerBusy: 'throttled',
  ItemNotFound: 'not-found',
  KeyNotFound: 'not-found',
  NumberOfNotificationMessagesExceeded: 'limit-exceeded',
  ItemNotSaved: 'item-unavailable',
  GenericResponseError: 'server',
  InternalServerError: 'server',
  ArgumentOutOfRange: 'bad-request',
  ArgumentException: 'bad-request',
  InvalidArgument: 'bad-request',
  HTMLSanitizationFailure: 'bad-request',
  DataExceedsMaximumSize: 'limit-exceeded',
  NumberOfRecipientsExceeded: 'limit-exceeded',
  SizeLimitExceeded: 'limit-exceeded',
  InvalidAttachmentId: 'not-found',
  AttachmentDeletedBeforeUploadCompletes: 'item-unavailable',
  CursorPositionChanged: 'conflict',
  DisplayDialogError: 'unsupported',
  InternalError: 'unknown',
};

/** Common Office numeric codes, used when a host leaves `name` empty. */
const BY_CODE: Record<number, AppErrorKind> = {
  5000: 'unsupported', // API not supported by this host
  5001: 'unknown', // internal error
  7000: 'forbidden', // permission denied
  9041: 'offline', // network error
  9057: 'limit-exceeded', // roaming settings / custom props too large
  12002: 'not-found',
};

interface OfficeErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
}

/** Maps an `Office.Error`, a thrown exception or anything else to the closed AppError union. */
export function toAppError(error: unknown, fallback: AppErrorKind = 'item-unavailable'): AppError {
  if (error !== null && typeof error === 'object') {
    const e = error as OfficeErrorLike;
    const name = typeof e.name === 'string' ? e.name : '';
    const code = typeof e.code === 'number' || typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    const kind = BY_NAME[name] ?? (typeof code === 'number' ? BY_CODE[code] : undefined) ?? fallback;
    const detail = [name, message].filter(Boolean).join(': ') || 'Office call failed';
    return appError(kind, detail, code === undefined ? {} : { code });
  }
  return appError(fallback, typeof error === 'string' ? error : 'Office call failed');
}
