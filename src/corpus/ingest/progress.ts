// Progress of a long batch: a redrawn bar with rate and ETA on a terminal, plain lines every
// few seconds otherwise (logs, CI), and a summary at the end.

export interface ProgressOptions {
  label: string;
  total: number | null;
  stream?: NodeJS.WriteStream;
  /** Force the plain-line form even on a terminal. */
  plain?: boolean;
  quiet?: boolean;
}

function clock(s: number): string {
  if (!Number.isFinite(s)) return '?';
  s = Math.round(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

export class Progress {
  private done = 0;
  private readonly t0 = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;
  private readonly stream: NodeJS.WriteStream;

  constructor(private readonly opts: ProgressOptions) {
    this.stream = opts.stream ?? process.stderr;
    this.tty = !opts.plain && Boolean(this.stream.isTTY);
  }

  get elapsed(): number {
    return (Date.now() - this.t0) / 1000;
  }

  rate(): number {
    return this.done / Math.max(this.elapsed, 1e-3);
  }

  tick(n = 1): void {
    this.done += n;
    if (this.opts.quiet) return;
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 100 : 5000) && this.done !== this.opts.total) return;
    this.lastDraw = now;
    this.tty ? this.drawBar() : this.stream.write(this.line() + '\n');
  }

  private line(): string {
    const { total, label } = this.opts;
    const r = this.rate();
    if (!total) return `${label}: ${this.done} done, ${r.toFixed(1)}/s, ${clock(this.elapsed)} elapsed`;
    const pct = Math.floor((100 * this.done) / total);
    return `${label}: ${this.done}/${total} (${pct}%), ${r.toFixed(1)}/s, ETA ${clock((total - this.done) / Math.max(r, 1e-9))}`;
  }

  private drawBar(): void {
    const { total, label } = this.opts;
    const width = 30;
    const r = this.rate();
    let bar = '';
    if (total) {
      const full = Math.min(width, Math.round((width * this.done) / total));
      bar = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${this.done}/${total} ${Math.floor((100 * this.done) / total)}% `;
      bar += `${r.toFixed(1)}/s ETA ${clock((total - this.done) / Math.max(r, 1e-9))}`;
    } else bar = `${this.done} ${r.toFixed(1)}/s ${clock(this.elapsed)}`;
    this.stream.write(`\r\x1b[2K${label} ${bar}`);
  }

  /** Clears the bar so that a log line can be written cleanly. */
  clearLine(): void {
    if (this.tty && !this.opts.quiet) this.stream.write('\r\x1b[2K');
  }

  finish(summary: string): void {
    if (this.tty && !this.opts.quiet) this.stream.write('\r\x1b[2K');
    this.stream.write(summary + '\n');
  }
}
