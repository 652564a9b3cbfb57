package io.tropo4j.iam;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IAM action, {@code s3:GetObject}: a generated constant of its service's class
 * ({@code io.tropo4j.iam.actions.S3.GET_OBJECT}), so a misspelt one does not compile, or a wildcard
 * made on purpose ({@code S3.actions("Get*")}), which says so wherever it is shown.
 */
public final class Action {
  private static final Pattern WILDCARD = Pattern.compile("[A-Za-z0-9*?]+");

  private final String service;
  private final String name;
  private final boolean wildcard;

  private Action(String service, String name, boolean wildcard) {
    this.service = service;
    this.name = name;
    this.wildcard = wildcard;
  }

  /** For the generated classes: an action the service authorization reference lists. */
  public static Action of(String service, String name) {
    return new Action(service, name, false);
  }

  /** Every action of the service whose name matches the pattern ({@code *} any characters, {@code ?} one). */
  public static Action wildcard(String service, String pattern) {
    if (!WILDCARD.matcher(pattern).matches()) {
      throw new IllegalArgumentException("'" + pattern + "' is not an action pattern: letters, digits, * and ? only");
    }
    return new Action(service, pattern, true);
  }

  /** Every action of every service: {@code *}. */
  public static Action all() {
    return new Action("*", "*", true);
  }

  public String service() {
    return service;
  }

  public String name() {
    return name;
  }

  public boolean isWildcard() {
    return wildcard;
  }

  /** As a policy writes it: {@code s3:GetObject}, or {@code *}. */
  @Override
  public String toString() {
    return service.equals("*") ? "*" : service + ":" + name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Action a && a.service.equals(service) && a.name.equals(name) && a.wildcard == wildcard;
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, name, wildcard);
  }
}
