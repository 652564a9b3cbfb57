// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::StreamKey</code> resource specifies an stream key associated with the
 * referenced channel. Use a stream key to initiate a live stream.
 *
 * <p>CloudFormation type {@code AWS::IVS::StreamKey}.
 */
public final class StreamKey extends Resource<StreamKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::StreamKey")
      .required("ChannelArn")
      .constrain("ChannelArn", Constraint.of().pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .references("ChannelArn", "AWS::IVS::Channel.Ref")
      .refYields("Arn")
      .attributes("Arn", "Value")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StreamKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Channel ARN for the stream.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$}. CloudFormation property {@code
   * ChannelArn}.
   */
  public StreamKey channelArn(String value) {
    return set("ChannelArn", Value.of(value));
  }

  /** Sets {@code ChannelArn} to this value; see {@link #channelArn(String)}. */
  public StreamKey channelArn(Value<String> value) {
    return set("ChannelArn", value);
  }

  /**
   * Sets {@code ChannelArn} to the Ref of {@code AWS::IVS::Channel}; see {@link
   * #channelArn(String)}.
   */
  public StreamKey channelArn(Channel resource) {
    return set("ChannelArn", resource.ref());
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-streamkey-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StreamKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StreamKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StreamKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The stream-key ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:stream-key/g1H2I3j4k5L6</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The stream-key value. For example: <code>sk_us-west-2_abcdABCDefgh_567890abcdef</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Value}.
   */
  public Value<String> value() {
    return getAtt("Value");
  }
}
