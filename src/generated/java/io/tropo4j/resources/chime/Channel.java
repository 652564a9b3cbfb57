// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a channel in an Amazon Chime SDK Messaging AppInstance. Members of a channel exchange
 * messages within it. Every channel operation is performed on behalf of an AppInstanceUser or
 * AppInstanceBot, whose ARN is supplied as ChimeBearer and forms part of the channel's
 * CloudFormation identifier.
 *
 * <p>CloudFormation type {@code AWS::Chime::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::Channel")
      .required("AppInstanceArn", "ChimeBearer", "Name")
      .constrain("AppInstanceArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("ChannelId", Constraint.of().pattern("^[A-Za-z0-9]([A-Za-z0-9\\:\\-\\_\\.\\@]{0,62}[A-Za-z0-9])?$").minLength(1).maxLength(64))
      .constrain("ChimeBearer", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("MemberArns", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("Metadata", Constraint.of().minLength(0).maxLength(1024))
      .allowed("Mode", "UNRESTRICTED", "RESTRICTED")
      .constrain("ModeratorArns", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("Name", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\ud800\udc00-\udbff\udfff]*$").minLength(1).maxLength(256))
      .allowed("Privacy", "PUBLIC", "PRIVATE")
      .attributes("Arn", "ChannelFlowArn", "CreatedBy", "CreatedTimestamp", "LastMessageTimestamp",
          "LastUpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the AppInstance that contains the channel.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code AppInstanceArn}.
   */
  public Channel appInstanceArn(String value) {
    return set("AppInstanceArn", Value.of(value));
  }

  /** Sets {@code AppInstanceArn} to this value; see {@link #appInstanceArn(String)}. */
  public Channel appInstanceArn(Value<String> value) {
    return set("AppInstanceArn", value);
  }

  /**
   * The ID of the channel. When omitted, the service generates a UUID.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9]([A-Za-z0-9&#92;:&#92;-&#92;_&#92;.&#92;&#64;]{0,62}[A-Za-z0-9])?$}. CloudFormation
   * property {@code ChannelId}.
   */
  public Channel channelId(String value) {
    return set("ChannelId", Value.of(value));
  }

  /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
  public Channel channelId(Value<String> value) {
    return set("ChannelId", value);
  }

  /**
   * The ARN of the AppInstanceUser or AppInstanceBot that performs every operation on this channel.
   * Whichever of the two creates a channel automatically becomes one of its moderators, so the same
   * ARN can subsequently read, update and delete the channel.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code ChimeBearer}.
   */
  public Channel chimeBearer(String value) {
    return set("ChimeBearer", Value.of(value));
  }

  /** Sets {@code ChimeBearer} to this value; see {@link #chimeBearer(String)}. */
  public Channel chimeBearer(Value<String> value) {
    return set("ChimeBearer", value);
  }

  /**
   * The attributes required to configure and create an elastic channel. An elastic channel must use
   * RESTRICTED mode, cannot be created with MemberArns, and is available only in some regions.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ElasticChannelConfiguration}.
   */
  public Channel elasticChannelConfiguration(Value<ElasticChannelConfiguration> value) {
    return set("ElasticChannelConfiguration", value);
  }

  /**
   * Settings that control the interval after which the channel is automatically deleted.
   *
   * <p>CloudFormation property {@code ExpirationSettings}.
   */
  public Channel expirationSettings(Value<ExpirationSettings> value) {
    return set("ExpirationSettings", value);
  }

  /**
   * The ARNs of the AppInstanceUsers to add to the channel as members when it is created. Cannot be
   * combined with ElasticChannelConfiguration.
   *
   * <p>Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code MemberArns}.
   */
  public Channel memberArns(List<String> value) {
    return set("MemberArns", Value.listOf(value));
  }

  /** Sets {@code MemberArns} to this value; see {@link #memberArns(List)}. */
  public Channel memberArns(Value<List<String>> value) {
    return set("MemberArns", value);
  }

  /**
   * The metadata of the channel.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Metadata}.
   */
  public Channel metadataProperty(String value) {
    return set("Metadata", Value.of(value));
  }

  /** Sets {@code Metadata} to this value; see {@link #metadataProperty(String)}. */
  public Channel metadataProperty(Value<String> value) {
    return set("Metadata", value);
  }

  /**
   * The channel mode. In an UNRESTRICTED channel, members can add themselves and other members; in
   * a RESTRICTED channel, only administrators and moderators can add members. An elastic channel
   * must be RESTRICTED.
   *
   * <p>Allowed values: {@code UNRESTRICTED}, {@code RESTRICTED}. CloudFormation property {@code
   * Mode}.
   */
  public Channel mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public Channel mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The ARNs of the AppInstanceUsers to add to the channel as moderators when it is created.
   *
   * <p>Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code ModeratorArns}.
   */
  public Channel moderatorArns(List<String> value) {
    return set("ModeratorArns", Value.listOf(value));
  }

  /** Sets {@code ModeratorArns} to this value; see {@link #moderatorArns(List)}. */
  public Channel moderatorArns(Value<List<String>> value) {
    return set("ModeratorArns", value);
  }

  /**
   * The name of the channel.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u0085&#92;u00A0-&#92;uD7FF&#92;uE000-&#92;uFFFD𐀀-􏿿]*$}.
   * CloudFormation property {@code Name}.
   */
  public Channel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Channel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The channel's privacy level. A PUBLIC channel is discoverable by anyone in the AppInstance; a
   * PRIVATE channel is not. Privacy cannot be changed after creation.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code PUBLIC}, {@code PRIVATE}.
   * CloudFormation property {@code Privacy}.
   */
  public Channel privacy(String value) {
    return set("Privacy", Value.of(value));
  }

  /** Sets {@code Privacy} to this value; see {@link #privacy(String)}. */
  public Channel privacy(Value<String> value) {
    return set("Privacy", value);
  }

  /**
   * The tags for the channel.
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
   * The ARN of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the channel flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelFlowArn}.
   */
  public Value<String> channelFlowArn() {
    return getAtt("ChannelFlowArn");
  }

  /**
   * The AppInstanceUser or AppInstanceBot that created the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<Identity> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The time at which the channel was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The time at which a member sent the last message in the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastMessageTimestamp}.
   */
  public Value<String> lastMessageTimestamp() {
    return getAtt("LastMessageTimestamp");
  }

  /**
   * The time at which the channel was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /**
   * The attributes required to configure and create an elastic channel. An elastic channel must use
   * RESTRICTED mode, cannot be created with MemberArns, and is available only in some regions.
   *
   * <p>Property type {@code AWS::Chime::Channel.ElasticChannelConfiguration}.
   */
  public static final class ElasticChannelConfiguration extends Struct<ElasticChannelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::Channel.ElasticChannelConfiguration")
        .required("MaximumSubChannels", "MinimumMembershipPercentage",
            "TargetMembershipsPerSubChannel")
        .constrain("MaximumSubChannels", Constraint.of().minimum(2))
        .constrain("MinimumMembershipPercentage", Constraint.of().minimum(1).maximum(40))
        .constrain("TargetMembershipsPerSubChannel", Constraint.of().minimum(2))
        .build();

    public ElasticChannelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of SubChannels allowed in the elastic channel.
     *
     * <p>Required. Range: at least 2. CloudFormation property {@code MaximumSubChannels}.
     */
    public ElasticChannelConfiguration maximumSubChannels(int value) {
      return set("MaximumSubChannels", Value.of(value));
    }

    /** Sets {@code MaximumSubChannels} to this value; see {@link #maximumSubChannels(int)}. */
    public ElasticChannelConfiguration maximumSubChannels(Value<Integer> value) {
      return set("MaximumSubChannels", value);
    }

    /**
     * The minimum allowed percentage of TargetMembershipsPerSubChannel users, used to balance
     * members across SubChannels.
     *
     * <p>Required. Range: 1 to 40. CloudFormation property {@code MinimumMembershipPercentage}.
     */
    public ElasticChannelConfiguration minimumMembershipPercentage(int value) {
      return set("MinimumMembershipPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinimumMembershipPercentage} to this value; see {@link
     * #minimumMembershipPercentage(int)}.
     */
    public ElasticChannelConfiguration minimumMembershipPercentage(Value<Integer> value) {
      return set("MinimumMembershipPercentage", value);
    }

    /**
     * The maximum number of members allowed in a SubChannel.
     *
     * <p>Required. Range: at least 2. CloudFormation property {@code
     * TargetMembershipsPerSubChannel}.
     */
    public ElasticChannelConfiguration targetMembershipsPerSubChannel(int value) {
      return set("TargetMembershipsPerSubChannel", Value.of(value));
    }

    /**
     * Sets {@code TargetMembershipsPerSubChannel} to this value; see {@link
     * #targetMembershipsPerSubChannel(int)}.
     */
    public ElasticChannelConfiguration targetMembershipsPerSubChannel(Value<Integer> value) {
      return set("TargetMembershipsPerSubChannel", value);
    }
  }

  /**
   * Settings that control the interval after which the channel is automatically deleted.
   *
   * <p>Property type {@code AWS::Chime::Channel.ExpirationSettings}.
   */
  public static final class ExpirationSettings extends Struct<ExpirationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::Channel.ExpirationSettings")
        .required("ExpirationCriterion", "ExpirationDays")
        .allowed("ExpirationCriterion", "CREATED_TIMESTAMP", "LAST_MESSAGE_TIMESTAMP")
        .constrain("ExpirationDays", Constraint.of().minimum(1).maximum(5475))
        .build();

    public ExpirationSettings() {
      super(SCHEMA);
    }

    /**
     * The condition the expiration period is measured from.
     *
     * <p>Required. Allowed values: {@code CREATED_TIMESTAMP}, {@code LAST_MESSAGE_TIMESTAMP}.
     * CloudFormation property {@code ExpirationCriterion}.
     */
    public ExpirationSettings expirationCriterion(String value) {
      return set("ExpirationCriterion", Value.of(value));
    }

    /** Sets {@code ExpirationCriterion} to this value; see {@link #expirationCriterion(String)}. */
    public ExpirationSettings expirationCriterion(Value<String> value) {
      return set("ExpirationCriterion", value);
    }

    /**
     * The period in days after which the system automatically deletes the channel.
     *
     * <p>Required. Range: 1 to 5475. CloudFormation property {@code ExpirationDays}.
     */
    public ExpirationSettings expirationDays(int value) {
      return set("ExpirationDays", Value.of(value));
    }

    /** Sets {@code ExpirationDays} to this value; see {@link #expirationDays(int)}. */
    public ExpirationSettings expirationDays(Value<Integer> value) {
      return set("ExpirationDays", value);
    }
  }

  /**
   * The AppInstanceUser or AppInstanceBot that created the channel.
   *
   * <p>Property type {@code AWS::Chime::Channel.Identity}.
   */
  public static final class Identity extends Struct<Identity> {
    private static final Schema SCHEMA = Schema.of("AWS::Chime::Channel.Identity");

    public Identity() {
      super(SCHEMA);
    }

    /**
     * The ARN in an identity.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Identity arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Identity arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The name in an identity.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Identity name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Identity name(Value<String> value) {
      return set("Name", value);
    }
  }
}
