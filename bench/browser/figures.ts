import type { EmulationSetting, WorkerProbe } from './emulation';
import type { InitialJs } from './initial-js';
import type { Traffic } from './network-log';
import type { ServerTime } from './server-log';
import type { Tally } from './tally';

/** One measured phase (a push or a pull of the whole set) and where its time went. */
export interface PhaseFigures {
  seconds: number;
  tally: Tally;
  /** The sync worker's requests of this phase, from DevTools. */
  traffic: Traffic;
  /** The server's share, measured in the server. */
  server: ServerTime;
  /** The phase minus the time requests were in flight: the worker's own JavaScript, gzip and IndexedDB. */
  workerSeconds: number;
}

export type NetworkName = 'loopback' | 'Mobile 3G – Fast';

export interface ScenarioFigures {
  network: NetworkName;
  push: PhaseFigures;
  pull: PhaseFigures;
}

/** How the emulation was shown to reach the sync worker. */
export interface EmulationProof {
  setting: EmulationSetting;
  before: WorkerProbe;
  after: WorkerProbe;
}

export interface BrowserFigures {
  chromium: string;
  applications: number;
  scenarios: ScenarioFigures[];
  emulation: EmulationProof;
  initialJs: InitialJs;
}

/** Splits a phase of `seconds` into what the server, the network and the worker spent. */
export function phaseFigures(seconds: number, tally: Tally, traffic: Traffic, server: ServerTime): PhaseFigures {
  return { seconds, tally, traffic, server, workerSeconds: Math.max(0, seconds - traffic.inFlightSeconds) };
}
