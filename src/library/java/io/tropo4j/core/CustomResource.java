package io.tropo4j.core;

import io.tropo4j.fn.Value;
import java.util.regex.Pattern;

/**
 * A custom resource ({@code Custom::Name}, or the generic {@code AWS::CloudFormation::CustomResource})
 * backed by a Lambda function or SNS topic. Its properties and attributes are whatever its provider
 * defines, so they are set and read by name; an attribute read with its type is typed from there on:
 * {@code Value<Integer> port = db.attribute("Port", Integer.class)}.
 */
public final class CustomResource extends Resource<CustomResource> {
  private static final Pattern TYPE = Pattern.compile("Custom::[A-Za-z0-9_@-]{1,60}|AWS::CloudFormation::CustomResource");
  /** The generic custom resource type, for providers that need no name of their own. */
  public static final String GENERIC = "AWS::CloudFormation::CustomResource";

  public CustomResource(String logicalId, String type, Value<String> serviceToken) {
    super(logicalId,
        Schema.builder(checkType(type)).anyAttribute().required("ServiceToken").build());
    set("ServiceToken", serviceToken);
  }

  public Value<String> attribute(String name) {
    return getAtt(name);
  }

  /**
   * An attribute as the provider types it. CloudFormation passes what the provider returned, so the
   * type is the provider's promise: stating it here lets the value go where that type is wanted.
   *
   * @param type what the provider returns under {@code name}, e.g. {@code Integer.class}
   */
  public <T> Value<T> attribute(String name, Class<T> type) {
    return getAtt(name);
  }

  private static String checkType(String type) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "custom resource type must be Custom:: and 1 to 60 letters, digits or _@-, or " + GENERIC + ", not "
              + type);
    }
    return type;
  }
}
