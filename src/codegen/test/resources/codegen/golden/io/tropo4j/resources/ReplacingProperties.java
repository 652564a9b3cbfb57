// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties whose change replaces a resource, by resource type, as the specification marks them
 * (the registry schemas' create-only properties): each a path below {@code Properties}, a nested one
 * with dots ({@code VpcConfig.SubnetIds}), one that may replace it (depending on the change) marked
 * with a leading {@code ?}.
 */
public final class ReplacingProperties {
  /** Type, then its paths separated by spaces; and so on. */
  private static final String[] TABLE = {
      "AWS::Demo::Widget", "Name ?Size"
  };
  private static final Map<String, String> PATHS = new HashMap<>();

  static {
    for (int i = 0; i < TABLE.length; i += 2) {
      PATHS.put(TABLE[i], TABLE[i + 1]);
    }
  }

  private ReplacingProperties() {}

  /** The paths for a type, e.g. {@code AWS::SQS::Queue}; empty for a type whose changes never replace it. */
  public static List<String> of(String type) {
    String paths = PATHS.get(type);
    return paths == null ? List.of() : List.of(paths.split(" "));
  }
}
