// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudtrail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Contains information about a returned CloudTrail channel.
 *
 * <p>CloudFormation type {@code AWS::CloudTrail::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Channel")
      .constrain("Name", Constraint.of().pattern("(^[a-zA-Z0-9._\\-]+$)").minLength(3).maxLength(128))
      .constrain("Source", Constraint.of().pattern("(.*)").minLength(1).maxLength(256))
      .refYields("ChannelArn")
      .attributes("ChannelArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more event data stores to which events arriving through a channel will be logged.
   *
   * <p>CloudFormation property {@code Destinations}.
   */
  public Channel destinations(List<Destination> value) {
    return set("Destinations", Value.listOf(value));
  }

  /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
  public Channel destinations(Value<List<Destination>> value) {
    return set("Destinations", value);
  }

  /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
  public Channel destinations(Destination... values) {
    return set("Destinations", Value.list(values));
  }

  /**
   * The name of the channel.
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code (^[a-zA-Z0-9._&#92;-]+$)}. CloudFormation
   * property {@code Name}.
   */
  public Channel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Channel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name of the partner or external event source. You cannot change this name after you create
   * the channel. A maximum of one channel is allowed per source.
   *
   * <p>A source can be either <code>Custom</code> for all valid non- AWS events, or the name of a
   * partner event source. For information about the source names for available partners, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-event-data-store-integration.html#cloudtrail-lake-partner-information">Additional
   * information about integration partners</a> in the CloudTrail User Guide.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code (.*)}.
   * CloudFormation property {@code Source}.
   */
  public Channel source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public Channel source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * A list of tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Channel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Channel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * <code>Ref</code> returns the ARN of the CloudTrail channel, such as
   * <code>arn:aws:cloudtrail:us-east-2:123456789012:channel/01234567890</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelArn}.
   */
  public Value<String> channelArn() {
    return getAtt("ChannelArn");
  }

  /**
   * Contains information about the destination receiving events.
   *
   * <p>Property type {@code AWS::CloudTrail::Channel.Destination}.
   */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Channel.Destination")
        .required("Location", "Type")
        .constrain("Location", Constraint.of().pattern("(^[a-zA-Z0-9._/\\-:]+$)").minLength(3).maxLength(1024))
        .allowed("Type", "EVENT_DATA_STORE")
        .build();

    public Destination() {
      super(SCHEMA);
    }

    /**
     * For channels used for a CloudTrail Lake integration, the location is the ARN of an event data
     * store that receives events from a channel. For service-linked channels, the location is the
     * name of the AWS service.
     *
     * <p>Required. Length: 3 to 1024 characters. Pattern: {@code (^[a-zA-Z0-9._/&#92;-:]+$)}.
     * CloudFormation property {@code Location}.
     */
    public Destination location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public Destination location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * The type of destination for events arriving from a channel. For channels used for a
     * CloudTrail Lake integration, the value is <code>EVENT_DATA_STORE</code> . For service-linked
     * channels, the value is <code>AWS_SERVICE</code> .
     *
     * <p>Required. Allowed values: {@code EVENT_DATA_STORE}. CloudFormation property {@code Type}.
     */
    public Destination type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Destination type(Value<String> value) {
      return set("Type", value);
    }
  }
}
