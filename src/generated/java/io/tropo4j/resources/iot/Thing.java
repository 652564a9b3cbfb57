// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Use the <code>AWS::IoT::Thing</code> resource to declare an AWS IoT thing.
 *
 * <p>For information about working with things, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/aws-iot-how-it-works.html">How AWS
 * IoT Works</a> and <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/thing-registry.html">Device Registry
 * for AWS IoT</a> in the <em>AWS IoT Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::Thing}.
 */
public final class Thing extends Resource<Thing> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Thing")
      .constrain("ThingName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .refYields("ThingName")
      .attributes("Arn", "Id")
      .build();

  public Thing(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A string that contains up to three key value pairs. Maximum length of 800. Duplicates not
   * allowed.
   *
   * <p>CloudFormation property {@code AttributePayload}.
   */
  public Thing attributePayload(Value<AttributePayload> value) {
    return set("AttributePayload", value);
  }

  /**
   * The name of the thing to update.
   *
   * <p>You can't change a thing's name. To change a thing's name, you must create a new thing, give
   * it the new name, and then delete the old thing.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ThingName}.
   */
  public Thing thingName(String value) {
    return set("ThingName", Value.of(value));
  }

  /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
  public Thing thingName(Value<String> value) {
    return set("ThingName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS IoT thing, such as
   * <code>arn:aws:iot:us-east-2:123456789012:thing/MyThing</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Id of this thing.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The AttributePayload property specifies up to three attributes for an AWS IoT as key-value
   * pairs. AttributePayload is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iot-thing.html">AWS::IoT::Thing</a>
   * resource.
   *
   * <p>Property type {@code AWS::IoT::Thing.AttributePayload}.
   */
  public static final class AttributePayload extends Struct<AttributePayload> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::Thing.AttributePayload");

    public AttributePayload() {
      super(SCHEMA);
    }

    /**
     * A JSON string containing up to three key-value pair in JSON format. For example:
     *
     * <p><code>{&#92;"attributes&#92;":{&#92;"string1&#92;":&#92;"string2&#92;"}}</code>
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public AttributePayload attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public AttributePayload attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }
  }
}
