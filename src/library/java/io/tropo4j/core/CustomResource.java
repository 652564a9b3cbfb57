package io.tropo4j.core;

import io.tropo4j.fn.Value;
import java.util.regex.Pattern;

/**
 * A custom resource ({@code Custom::Name}) backed by a Lambda function or SNS topic. Its properties
 * and attributes are whatever its provider defines, so they are set and read by name.
 */
public final class CustomResource extends Resource<CustomResource> {
  private static final Pattern TYPE = Pattern.compile("Custom::[A-Za-z0-9_@-]{1,60}");

  public CustomResource(String logicalId, String type, Value<String> serviceToken) {
    super(logicalId,
        Schema.builder(checkType(type)).anyAttribute().required("ServiceToken").build());
    set("ServiceToken", serviceToken);
  }

  public CustomResource property(String name, Value<?> value) {
    return set(name, value);
  }

  public Value<String> attribute(String name) {
    return getAtt(name);
  }

  private static String checkType(String type) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "custom resource type must be Custom:: and 1 to 60 letters, digits or _@-, not " + type);
    }
    return type;
  }
}
