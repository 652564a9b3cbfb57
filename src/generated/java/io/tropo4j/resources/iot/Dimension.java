// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::Dimension</code> to limit the scope of a metric used in a security
 * profile for AWS IoT Device Defender . For example, using a <code>TOPIC_FILTER</code> dimension,
 * you can narrow down the scope of the metric to only MQTT topics where the name matches the
 * pattern specified in the dimension. For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreateDimension.html">CreateDimension</a>
 * and for general information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/scoping-security-behavior.html">Scoping
 * metrics in security profiles using dimensions</a> .
 *
 * <p>CloudFormation type {@code AWS::IoT::Dimension}.
 */
public final class Dimension extends Resource<Dimension> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Dimension")
      .required("StringValues", "Type")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .constrain("StringValues", Constraint.of().minLength(1).maxLength(256))
      .allowed("Type", "TOPIC_FILTER")
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dimension(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique identifier for the dimension.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code Name}.
   */
  public Dimension name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dimension name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the value or list of values for the dimension. For <code>TOPIC_FILTER</code>
   * dimensions, this is a pattern used to match the MQTT topic (for example, "admin/#").
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code StringValues}.
   */
  public Dimension stringValues(List<String> value) {
    return set("StringValues", Value.listOf(value));
  }

  /** Sets {@code StringValues} to this value; see {@link #stringValues(List)}. */
  public Dimension stringValues(Value<List<String>> value) {
    return set("StringValues", value);
  }

  /**
   * Metadata that can be used to manage the dimension.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dimension tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dimension tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dimension tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the type of dimension. Supported types: <code>TOPIC_FILTER.</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TOPIC_FILTER}.
   * CloudFormation property {@code Type}.
   */
  public Dimension typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Dimension typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the dimension.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
