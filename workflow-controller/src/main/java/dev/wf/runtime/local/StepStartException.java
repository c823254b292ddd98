package dev.wf.runtime.local;

/** A step cannot be started; the message is what the step's ERROR result says. */
final class StepStartException extends Exception {
  StepStartException(String message) {
    super(message);
  }
}
