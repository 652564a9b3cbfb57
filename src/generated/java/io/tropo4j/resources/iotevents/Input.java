// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotevents;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::IoTEvents::Input resource creates an input. To monitor your devices and processes, they
 * must have a way to get telemetry data into AWS IoT Events . This is done by sending messages as
 * <em>inputs</em> to AWS IoT Events . For more information, see <a
 * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/how-to-use-iotevents.html">How
 * to Use AWS IoT Events</a> in the <em>AWS IoT Events Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTEvents::Input}.
 */
public final class Input extends Resource<Input> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::Input")
      .required("InputDefinition")
      .refYields("InputName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Input(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The definition of the input.
   *
   * <p>Required. CloudFormation property {@code InputDefinition}.
   */
  public Input inputDefinition(Value<InputDefinition> value) {
    return set("InputDefinition", value);
  }

  /**
   * A brief description of the input.
   *
   * <p>CloudFormation property {@code InputDescription}.
   */
  public Input inputDescription(String value) {
    return set("InputDescription", Value.of(value));
  }

  /** Sets {@code InputDescription} to this value; see {@link #inputDescription(String)}. */
  public Input inputDescription(Value<String> value) {
    return set("InputDescription", value);
  }

  /**
   * The name of the input.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InputName}.
   */
  public Input inputName(String value) {
    return set("InputName", Value.of(value));
  }

  /** Sets {@code InputName} to this value; see {@link #inputName(String)}. */
  public Input inputName(Value<String> value) {
    return set("InputName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Input tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Input tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Input tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The attributes from the JSON payload that are made available by the input. Inputs are derived
   * from messages sent to the AWS IoT Events system using <code>BatchPutMessage</code> . Each such
   * message contains a JSON payload. Those attributes (and their paired values) specified here are
   * available for use in the <code>condition</code> expressions used by detectors.
   *
   * <p>Property type {@code AWS::IoTEvents::Input.Attribute}.
   */
  public static final class Attribute extends Struct<Attribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::Input.Attribute")
        .required("JsonPath")
        .build();

    public Attribute() {
      super(SCHEMA);
    }

    /**
     * An expression that specifies an attribute-value pair in a JSON structure. Use this to specify
     * an attribute from the JSON payload that is made available by the input. Inputs are derived
     * from messages sent to AWS IoT Events ( <code>BatchPutMessage</code> ). Each such message
     * contains a JSON payload. The attribute (and its paired value) specified here are available
     * for use in the <code>condition</code> expressions used by detectors.
     *
     * <p>Syntax: <code>&lt;field-name&gt;.&lt;field-name&gt;...</code>
     *
     * <p>Required. CloudFormation property {@code JsonPath}.
     */
    public Attribute jsonPath(String value) {
      return set("JsonPath", Value.of(value));
    }

    /** Sets {@code JsonPath} to this value; see {@link #jsonPath(String)}. */
    public Attribute jsonPath(Value<String> value) {
      return set("JsonPath", value);
    }
  }

  /**
   * The definition of the input.
   *
   * <p>Property type {@code AWS::IoTEvents::Input.InputDefinition}.
   */
  public static final class InputDefinition extends Struct<InputDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::Input.InputDefinition")
        .required("Attributes")
        .build();

    public InputDefinition() {
      super(SCHEMA);
    }

    /**
     * The attributes from the JSON payload that are made available by the input. Inputs are derived
     * from messages sent to the AWS IoT Events system using <code>BatchPutMessage</code> . Each
     * such message contains a JSON payload, and those attributes (and their paired values)
     * specified here are available for use in the <code>condition</code> expressions used by
     * detectors that monitor this input.
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public InputDefinition attributes(List<Attribute> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public InputDefinition attributes(Value<List<Attribute>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public InputDefinition attributes(Attribute... values) {
      return set("Attributes", Value.list(values));
    }
  }
}
