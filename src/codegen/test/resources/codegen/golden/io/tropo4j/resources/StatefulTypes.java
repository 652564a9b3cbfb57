// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources;

import java.util.Set;

/** The resource types that hold data, as the specification marks them. */
public final class StatefulTypes {
  private static final Set<String> TYPES = Set.of(
      "AWS::Demo::Widget");

  private StatefulTypes() {}

  /** Whether a resource of this type, e.g. {@code AWS::RDS::DBInstance}, holds data. */
  public static boolean contains(String type) {
    return TYPES.contains(type);
  }
}
