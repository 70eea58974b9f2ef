/**
 * What each kind of client got, per phase of the run: every answer's status
 * and time, and the requests that got no answer (connection refused or
 * reset, time-out).
 */
export type Phase = 'quiet' | 'fake-cookie' | 'storm';
export type Stream = 'public' | 'fake-cookie' | 'saves';

export type Tally = { times: number[]; statuses: Map<number, number>; failures: number };

export class Recorder {
  phase: Phase = 'quiet';
  private readonly tallies = new Map<string, Tally>();

  tally(stream: Stream, phase: Phase): Tally {
    const key = `${stream}/${phase}`;
    let t = this.tallies.get(key);
    if (!t) {
      t = { times: [], statuses: new Map(), failures: 0 };
      this.tallies.set(key, t);
    }
    return t;
  }

  answer(stream: Stream, status: number, ms: number): void {
    const t = this.tally(stream, this.phase);
    t.times.push(ms);
    t.statuses.set(status, (t.statuses.get(status) ?? 0) + 1);
  }

  failure(stream: Stream): void {
    this.tally(stream, this.phase).failures++;
  }
}
