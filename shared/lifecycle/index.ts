/** The request lifecycle: statuses, who may change them, and when a request may be edited. */
export type { RequestStatus, TransitionDecision, TransitionRefusal } from './request-state-machine';
export {
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  RequestStatusSchema,
  allowedTransitions,
  decideTransition,
  isEditable,
  isTerminal,
} from './request-state-machine';
