/** What runCheck needs from the outside world; tests pass an in-memory one. */
export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** The clock when --now is not given. */
  now(): Date;
  env: Record<string, string | undefined>;
}
