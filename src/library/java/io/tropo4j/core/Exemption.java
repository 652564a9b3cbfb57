package io.tropo4j.core;

/**
 * A scanner finding the design justifies, on one resource, with the reason a reviewer reads there.
 *
 * @param rule the scanner's rule id, e.g. {@code CKV_AWS_18} or {@code W3005}
 */
public record Exemption(Scanner scanner, String rule, String reason) {
  public Exemption {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("an exemption needs the scanner's rule id");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the exemption from " + rule + " needs a reason");
    }
  }
}
