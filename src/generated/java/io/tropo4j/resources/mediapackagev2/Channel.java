// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackagev2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a channel to receive content.
 *
 * <p>After it's created, a channel provides static input URLs. These URLs remain the same
 * throughout the lifetime of the channel, regardless of any failures or upgrades that might occur.
 * Use these URLs to configure the outputs of your upstream encoder.
 *
 * <p>CloudFormation type {@code AWS::MediaPackageV2::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::Channel")
      .required("ChannelGroupName", "ChannelName")
      .constrain("ChannelGroupName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .allowed("InputType", "HLS", "CMAF", "MULTIVIEW")
      .allowed("OutputLockingMode", "EPOCH_LOCKED", "NON_EPOCH_LOCKED")
      .refYields("Arn")
      .attributes("Arn", "AttachedMultiviewChannels", "CreatedAt", "IngestEndpointUrls",
          "IngestEndpoints", "ModifiedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel group associated with the channel configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelGroupName}.
   */
  public Channel channelGroupName(String value) {
    return set("ChannelGroupName", Value.of(value));
  }

  /** Sets {@code ChannelGroupName} to this value; see {@link #channelGroupName(String)}. */
  public Channel channelGroupName(Value<String> value) {
    return set("ChannelGroupName", value);
  }

  /**
   * The name of the channel.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelName}.
   */
  public Channel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public Channel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The description of the channel.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Channel description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Channel description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration for input switching based on the media quality confidence score (MQCS) as
   * provided from AWS Elemental MediaLive.
   *
   * <p>CloudFormation property {@code InputSwitchConfiguration}.
   */
  public Channel inputSwitchConfiguration(Value<InputSwitchConfiguration> value) {
    return set("InputSwitchConfiguration", value);
  }

  /**
   * The input type will be an immutable field which will be used to define whether the channel will
   * allow CMAF ingest or HLS ingest. If unprovided, it will default to HLS to preserve current
   * behavior.
   *
   * <p>The allowed values are:
   *
   * <ul> <li><code>HLS</code> - The HLS streaming specification (which defines M3U8 manifests and
   * TS segments). <li><code>CMAF</code> - The DASH-IF CMAF Ingest specification (which defines CMAF
   * segments with optional DASH manifests). </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code HLS}, {@code CMAF}, {@code
   * MULTIVIEW}. CloudFormation property {@code InputType}.
   */
  public Channel inputType(String value) {
    return set("InputType", Value.of(value));
  }

  /** Sets {@code InputType} to this value; see {@link #inputType(String)}. */
  public Channel inputType(Value<String> value) {
    return set("InputType", value);
  }

  /**
   * &lt;p&gt;The multiview configuration for a channel. A multiview channel composites video from
   * several source channels into a single tiled output stream. Players receive one standard HLS or
   * DASH stream instead of several separate streams. This setting is required when
   * &lt;code&gt;InputType&lt;/code&gt; is &lt;code&gt;MULTIVIEW&lt;/code&gt;, and can't be set for
   * any other input type.&lt;/p&gt;
   *
   * <p>CloudFormation property {@code MultiviewConfiguration}.
   */
  public Channel multiviewConfiguration(Value<MultiviewConfiguration> value) {
    return set("MultiviewConfiguration", value);
  }

  /**
   * The settings for what common media server data (CMSD) headers AWS Elemental MediaPackage
   * includes in responses to the CDN.
   *
   * <p>CloudFormation property {@code OutputHeaderConfiguration}.
   */
  public Channel outputHeaderConfiguration(Value<OutputHeaderConfiguration> value) {
    return set("OutputHeaderConfiguration", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code EPOCH_LOCKED}, {@code
   * NON_EPOCH_LOCKED}. CloudFormation property {@code OutputLockingMode}.
   */
  public Channel outputLockingMode(String value) {
    return set("OutputLockingMode", Value.of(value));
  }

  /** Sets {@code OutputLockingMode} to this value; see {@link #outputLockingMode(String)}. */
  public Channel outputLockingMode(Value<String> value) {
    return set("OutputLockingMode", value);
  }

  /** CloudFormation property {@code Tags}. */
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
   * The Amazon Resource Name (ARN) of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * &lt;p&gt;The multiview channels, in the same channel group, that list this channel as an
   * available source. This is a read-only field. You can't delete a channel while any multiview
   * channel still lists it as a source. Use this field to find the multiview channels that you need
   * to update first.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachedMultiviewChannels}.
   */
  public Value<List<String>> attachedMultiviewChannels() {
    return getAtt("AttachedMultiviewChannels");
  }

  /**
   * The timestamp of the creation of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ingest domain URL where the source stream should be sent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngestEndpointUrls}.
   */
  public Value<List<String>> ingestEndpointUrls() {
    return getAtt("IngestEndpointUrls");
  }

  /**
   * The ingest endpoints associated with the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngestEndpoints}.
   */
  public Value<List<IngestEndpoint>> ingestEndpoints() {
    return getAtt("IngestEndpoints");
  }

  /**
   * The timestamp of the modification of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The input URL where the source stream should be sent.
   *
   * <p>Property type {@code AWS::MediaPackageV2::Channel.IngestEndpoint}.
   */
  public static final class IngestEndpoint extends Struct<IngestEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackageV2::Channel.IngestEndpoint");

    public IngestEndpoint() {
      super(SCHEMA);
    }

    /**
     * The identifier associated with the ingest endpoint of the channel.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public IngestEndpoint id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public IngestEndpoint id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The URL associated with the ingest endpoint of the channel.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public IngestEndpoint url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public IngestEndpoint url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The configuration for input switching based on the media quality confidence score (MQCS) as
   * provided from AWS Elemental MediaLive.
   *
   * <p>Property type {@code AWS::MediaPackageV2::Channel.InputSwitchConfiguration}.
   */
  public static final class InputSwitchConfiguration extends Struct<InputSwitchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::Channel.InputSwitchConfiguration")
        .constrain("PreferredInput", Constraint.of().minimum(1).maximum(2))
        .build();

    public InputSwitchConfiguration() {
      super(SCHEMA);
    }

    /**
     * When true, AWS Elemental MediaPackage performs input switching based on the MQCS. Default is
     * false. This setting is valid only when <code>InputType</code> is <code>CMAF</code> .
     *
     * <p>CloudFormation property {@code MQCSInputSwitching}.
     */
    public InputSwitchConfiguration mqcsInputSwitching(boolean value) {
      return set("MQCSInputSwitching", Value.of(value));
    }

    /** Sets {@code MQCSInputSwitching} to this value; see {@link #mqcsInputSwitching(boolean)}. */
    public InputSwitchConfiguration mqcsInputSwitching(Value<Boolean> value) {
      return set("MQCSInputSwitching", value);
    }

    /**
     * For CMAF inputs, indicates which input MediaPackage should prefer when both inputs have equal
     * MQCS scores. Select <code>1</code> to prefer the first ingest endpoint, or <code>2</code> to
     * prefer the second ingest endpoint. If you don't specify a preferred input, MediaPackage uses
     * its default switching behavior when MQCS scores are equal.
     *
     * <p>Range: 1 to 2. CloudFormation property {@code PreferredInput}.
     */
    public InputSwitchConfiguration preferredInput(int value) {
      return set("PreferredInput", Value.of(value));
    }

    /** Sets {@code PreferredInput} to this value; see {@link #preferredInput(int)}. */
    public InputSwitchConfiguration preferredInput(Value<Integer> value) {
      return set("PreferredInput", value);
    }
  }

  /**
   * &lt;p&gt;The multiview configuration for a channel. A multiview channel composites video from
   * several source channels into a single tiled output stream. Players receive one standard HLS or
   * DASH stream instead of several separate streams. This setting is required when
   * &lt;code&gt;InputType&lt;/code&gt; is &lt;code&gt;MULTIVIEW&lt;/code&gt;, and can't be set for
   * any other input type.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::MediaPackageV2::Channel.MultiviewConfiguration}.
   */
  public static final class MultiviewConfiguration extends Struct<MultiviewConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::Channel.MultiviewConfiguration")
        .required("AvailableLayouts", "AvailableSources")
        .allowed("AvailableLayouts", "LAYOUT_2EH", "LAYOUT_2PL", "LAYOUT_3EL", "LAYOUT_3PL",
            "LAYOUT_4E", "LAYOUT_4PL")
        .constrain("AvailableSources", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .build();

    public MultiviewConfiguration() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The tile layouts that players can request from this multiview channel's origin
     * endpoints. Only the layouts that you list here are available. Each layout must appear at most
     * once.&lt;/p&gt;
     *
     * <p>Required. Allowed values: {@code LAYOUT_2EH}, {@code LAYOUT_2PL}, {@code LAYOUT_3EL},
     * {@code LAYOUT_3PL}, {@code LAYOUT_4E}, {@code LAYOUT_4PL}. CloudFormation property {@code
     * AvailableLayouts}.
     */
    public MultiviewConfiguration availableLayouts(List<String> value) {
      return set("AvailableLayouts", Value.listOf(value));
    }

    /** Sets {@code AvailableLayouts} to this value; see {@link #availableLayouts(List)}. */
    public MultiviewConfiguration availableLayouts(Value<List<String>> value) {
      return set("AvailableLayouts", value);
    }

    /**
     * &lt;p&gt;The channels that players can use as tiles in this multiview channel's output. Each
     * source channel must be in the same channel group as the multiview channel, and must have an
     * &lt;code&gt;InputType&lt;/code&gt; of &lt;code&gt;CMAF&lt;/code&gt;. Only the channels that
     * you list here are available as tiles.&lt;/p&gt;
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code AvailableSources}.
     */
    public MultiviewConfiguration availableSources(List<String> value) {
      return set("AvailableSources", Value.listOf(value));
    }

    /** Sets {@code AvailableSources} to this value; see {@link #availableSources(List)}. */
    public MultiviewConfiguration availableSources(Value<List<String>> value) {
      return set("AvailableSources", value);
    }
  }

  /**
   * The settings for what common media server data (CMSD) headers AWS Elemental MediaPackage
   * includes in responses to the CDN.
   *
   * <p>Property type {@code AWS::MediaPackageV2::Channel.OutputHeaderConfiguration}.
   */
  public static final class OutputHeaderConfiguration extends Struct<OutputHeaderConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackageV2::Channel.OutputHeaderConfiguration");

    public OutputHeaderConfiguration() {
      super(SCHEMA);
    }

    /**
     * When true, AWS Elemental MediaPackage includes the MQCS in responses to the CDN. This setting
     * is valid only when <code>InputType</code> is <code>CMAF</code> .
     *
     * <p>CloudFormation property {@code PublishMQCS}.
     */
    public OutputHeaderConfiguration publishMQCS(boolean value) {
      return set("PublishMQCS", Value.of(value));
    }

    /** Sets {@code PublishMQCS} to this value; see {@link #publishMQCS(boolean)}. */
    public OutputHeaderConfiguration publishMQCS(Value<Boolean> value) {
      return set("PublishMQCS", value);
    }
  }
}
