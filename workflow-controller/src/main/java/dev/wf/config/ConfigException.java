package dev.wf.config;

/** {@code $WF_HOME/config.yaml} cannot be used; the message says where and why. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
