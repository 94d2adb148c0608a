// Kiosk idle reset (issue 6): after a delay without a touch, a warning with a countdown, then a
// reset for the next person. Timers live here, in a machine of their own, so that the wizard
// machine stays pure and walkable as a graph. The reset itself is an action the app provides.
//
// - `resting`: nothing of anyone is on screen (after a reset, or at start-up); no timer runs.
// - `watching`: someone is using the kiosk; every ACTIVITY restarts the delay.
// - `warning`: the dialog counts down. Any touch cancels it (CONTINUE), not only the button: a
//   person still there may well touch the page. The dialog is modal and covers the page, so the
//   app sends CONTINUE for a tap anywhere on it or its backdrop; ACTIVITY (a pointerdown) is
//   ignored here, else the dialog would vanish under the finger and the tap land on the page.
// When the delay runs out while nothing personal is shown (IN_USE false: start screen, no
// answer, default language and text size), the kiosk resets quietly without a dialog.
import { assign, setup } from 'xstate';

/** The countdown of the warning, in seconds: long enough to read it and reach the button. */
export const WARNING_SECONDS = 30;

export interface IdleInput {
  idleSeconds: number;
  warningSeconds?: number;
}

export interface IdleContext {
  idleSeconds: number;
  warningSeconds: number;
  /** Seconds left before the reset, while the warning shows. */
  remaining: number;
  /** Whether the screen holds anything of a person (answers, a chosen language, a text size). */
  inUse: boolean;
}

export type IdleEvent = { type: 'ACTIVITY' } | { type: 'CONTINUE' } | { type: 'IN_USE'; inUse: boolean };

export const idleMachine = setup({
  types: {
    context: {} as IdleContext,
    events: {} as IdleEvent,
    input: {} as IdleInput,
  },
  delays: {
    idle: ({ context }) => context.idleSeconds * 1000,
  },
  guards: {
    inUse: ({ context }) => context.inUse,
    lastSecond: ({ context }) => context.remaining <= 1,
  },
  actions: {
    noteUse: assign({ inUse: ({ event }) => (event.type === 'IN_USE' ? event.inUse : false) }),
    startCountdown: assign({ remaining: ({ context }) => context.warningSeconds }),
    tick: assign({ remaining: ({ context }) => context.remaining - 1 }),
    /** Provided by the app: forget everything and show the start screen. */
    reset: () => undefined,
  },
}).createMachine({
  id: 'idle',
  context: ({ input }) => ({
    idleSeconds: input.idleSeconds,
    warningSeconds: input.warningSeconds ?? WARNING_SECONDS,
    remaining: 0,
    inUse: false,
  }),
  initial: 'resting',
  on: {
    IN_USE: { actions: 'noteUse' },
  },
  states: {
    resting: {
      on: { ACTIVITY: 'watching' },
    },
    watching: {
      on: { ACTIVITY: { target: 'watching', reenter: true } },
      after: {
        idle: [
          { guard: 'inUse', target: 'warning' },
          { target: 'resting', actions: 'reset' },
        ],
      },
    },
    warning: {
      entry: 'startCountdown',
      on: {
        CONTINUE: 'watching',
      },
      initial: 'counting',
      states: {
        counting: {
          after: {
            1000: [
              { guard: 'lastSecond', target: '#idle.resting', actions: 'reset' },
              { target: 'counting', reenter: true, actions: 'tick' },
            ],
          },
        },
      },
    },
  },
});
