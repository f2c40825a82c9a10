// What the timeline page hands its components: plain data.

/** How well the signed-in learner knows one event (0..1), and how many of its questions they have met. */
export interface EventMasteryView {
  mastery: number;
  seen: number;
  total: number;
}
