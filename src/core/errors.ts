/** An input dossier cannot read: the one kind of error a stage or reader may throw on bad data. */
export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

/** A pipeline whose stages do not fit together: a programming error, found before any input is read. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}
