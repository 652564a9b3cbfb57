// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * <em>This is a preview release for Connect Customer . It is subject to change.</em>
 *
 * <p>Initiates an Connect Customer instance with all the supported channels enabled. It does not
 * attach any storage, such as Amazon Simple Storage Service (Amazon S3) or Amazon Kinesis.
 *
 * <p>Connect Customer enforces a limit on the total number of instances that you can create or
 * delete in 30 days. If you exceed this limit, you will get an error message indicating there has
 * been an excessive number of attempts at creating or deleting instances. You must wait 30 days
 * before you can restart creating and deleting instances in your account.
 *
 * <p>CloudFormation type {@code AWS::Connect::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Instance")
      .required("Attributes", "IdentityManagementType")
      .constrain("DirectoryId", Constraint.of().pattern("^d-[0-9a-f]{10}$").minLength(12).maxLength(12))
      .allowed("IdentityManagementType", "SAML", "CONNECT_MANAGED", "EXISTING_DIRECTORY")
      .constrain("InstanceAlias", Constraint.of().pattern("^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$").minLength(1).maxLength(45))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "Id", "InstanceStatus", "ServiceRole")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A toggle for an individual feature at the instance level.
   *
   * <p>Required. CloudFormation property {@code Attributes}.
   */
  public Instance attributes(Value<Attributes> value) {
    return set("Attributes", value);
  }

  /**
   * The identifier for the directory.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^d-[0-9a-f]{10}$}. CloudFormation property {@code DirectoryId}.
   */
  public Instance directoryId(String value) {
    return set("DirectoryId", Value.of(value));
  }

  /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
  public Instance directoryId(Value<String> value) {
    return set("DirectoryId", value);
  }

  /**
   * The identity management type.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SAML}, {@code
   * CONNECT_MANAGED}, {@code EXISTING_DIRECTORY}. CloudFormation property {@code
   * IdentityManagementType}.
   */
  public Instance identityManagementType(String value) {
    return set("IdentityManagementType", Value.of(value));
  }

  /**
   * Sets {@code IdentityManagementType} to this value; see {@link #identityManagementType(String)}.
   */
  public Instance identityManagementType(Value<String> value) {
    return set("IdentityManagementType", value);
  }

  /**
   * The alias of instance. <code>InstanceAlias</code> is only required when
   * <code>IdentityManagementType</code> is <code>CONNECT_MANAGED</code> or <code>SAML</code> .
   * <code>InstanceAlias</code> is not required when <code>IdentityManagementType</code> is
   * <code>EXISTING_DIRECTORY</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 45 characters. Pattern: {@code
   * ^(?!d-)([&#92;da-zA-Z]+)([-]*[&#92;da-zA-Z])*$}. CloudFormation property {@code InstanceAlias}.
   */
  public Instance instanceAlias(String value) {
    return set("InstanceAlias", Value.of(value));
  }

  /** Sets {@code InstanceAlias} to this value; see {@link #instanceAlias(String)}. */
  public Instance instanceAlias(Value<String> value) {
    return set("InstanceAlias", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Instance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Instance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Instance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the instance was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The identifier of the Connect Customer instance. You can find the instanceId in the ARN of the
   * instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The state of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceStatus}.
   */
  public Value<String> instanceStatus() {
    return getAtt("InstanceStatus");
  }

  /**
   * The service role of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceRole}.
   */
  public Value<String> serviceRole() {
    return getAtt("ServiceRole");
  }

  /**
   * <em>This is a preview release for Connect Customer . It is subject to change.</em>
   *
   * <p>Property type {@code AWS::Connect::Instance.Attributes}.
   */
  public static final class Attributes extends Struct<Attributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Instance.Attributes")
        .required("InboundCalls", "OutboundCalls")
        .build();

    public Attributes() {
      super(SCHEMA);
    }

    /**
     * Boolean flag which enables AUTO_RESOLVE_BEST_VOICES on an instance.
     *
     * <p>CloudFormation property {@code AutoResolveBestVoices}.
     */
    public Attributes autoResolveBestVoices(boolean value) {
      return set("AutoResolveBestVoices", Value.of(value));
    }

    /**
     * Sets {@code AutoResolveBestVoices} to this value; see {@link
     * #autoResolveBestVoices(boolean)}.
     */
    public Attributes autoResolveBestVoices(Value<Boolean> value) {
      return set("AutoResolveBestVoices", value);
    }

    /**
     * Boolean flag which enables CONTACT_LENS on an instance.
     *
     * <p>CloudFormation property {@code ContactLens}.
     */
    public Attributes contactLens(boolean value) {
      return set("ContactLens", Value.of(value));
    }

    /** Sets {@code ContactLens} to this value; see {@link #contactLens(boolean)}. */
    public Attributes contactLens(Value<Boolean> value) {
      return set("ContactLens", value);
    }

    /**
     * Boolean flag which enables CONTACTFLOW_LOGS on an instance.
     *
     * <p>CloudFormation property {@code ContactflowLogs}.
     */
    public Attributes contactflowLogs(boolean value) {
      return set("ContactflowLogs", Value.of(value));
    }

    /** Sets {@code ContactflowLogs} to this value; see {@link #contactflowLogs(boolean)}. */
    public Attributes contactflowLogs(Value<Boolean> value) {
      return set("ContactflowLogs", value);
    }

    /**
     * Boolean flag which enables EARLY_MEDIA on an instance.
     *
     * <p>CloudFormation property {@code EarlyMedia}.
     */
    public Attributes earlyMedia(boolean value) {
      return set("EarlyMedia", Value.of(value));
    }

    /** Sets {@code EarlyMedia} to this value; see {@link #earlyMedia(boolean)}. */
    public Attributes earlyMedia(Value<Boolean> value) {
      return set("EarlyMedia", value);
    }

    /**
     * Boolean flag which enables ENHANCED_CHAT_MONITORING on an instance.
     *
     * <p>CloudFormation property {@code EnhancedChatMonitoring}.
     */
    public Attributes enhancedChatMonitoring(boolean value) {
      return set("EnhancedChatMonitoring", Value.of(value));
    }

    /**
     * Sets {@code EnhancedChatMonitoring} to this value; see {@link
     * #enhancedChatMonitoring(boolean)}.
     */
    public Attributes enhancedChatMonitoring(Value<Boolean> value) {
      return set("EnhancedChatMonitoring", value);
    }

    /**
     * Boolean flag which enables ENHANCED_CONTACT_MONITORING on an instance.
     *
     * <p>CloudFormation property {@code EnhancedContactMonitoring}.
     */
    public Attributes enhancedContactMonitoring(boolean value) {
      return set("EnhancedContactMonitoring", Value.of(value));
    }

    /**
     * Sets {@code EnhancedContactMonitoring} to this value; see {@link
     * #enhancedContactMonitoring(boolean)}.
     */
    public Attributes enhancedContactMonitoring(Value<Boolean> value) {
      return set("EnhancedContactMonitoring", value);
    }

    /**
     * Boolean flag which enables HIGH_VOLUME_OUTBOUND on an instance.
     *
     * <p>CloudFormation property {@code HighVolumeOutBound}.
     */
    public Attributes highVolumeOutBound(boolean value) {
      return set("HighVolumeOutBound", Value.of(value));
    }

    /** Sets {@code HighVolumeOutBound} to this value; see {@link #highVolumeOutBound(boolean)}. */
    public Attributes highVolumeOutBound(Value<Boolean> value) {
      return set("HighVolumeOutBound", value);
    }

    /**
     * Mandatory element which enables inbound calls on new instance.
     *
     * <p>Required. CloudFormation property {@code InboundCalls}.
     */
    public Attributes inboundCalls(boolean value) {
      return set("InboundCalls", Value.of(value));
    }

    /** Sets {@code InboundCalls} to this value; see {@link #inboundCalls(boolean)}. */
    public Attributes inboundCalls(Value<Boolean> value) {
      return set("InboundCalls", value);
    }

    /**
     * Boolean flag which enables MESSAGE_STREAMING on an instance.
     *
     * <p>CloudFormation property {@code MessageStreaming}.
     */
    public Attributes messageStreaming(boolean value) {
      return set("MessageStreaming", Value.of(value));
    }

    /** Sets {@code MessageStreaming} to this value; see {@link #messageStreaming(boolean)}. */
    public Attributes messageStreaming(Value<Boolean> value) {
      return set("MessageStreaming", value);
    }

    /**
     * Boolean flag which enables MULTI_PARTY_CHAT_CONFERENCE on an instance.
     *
     * <p>CloudFormation property {@code MultiPartyChatConference}.
     */
    public Attributes multiPartyChatConference(boolean value) {
      return set("MultiPartyChatConference", Value.of(value));
    }

    /**
     * Sets {@code MultiPartyChatConference} to this value; see {@link
     * #multiPartyChatConference(boolean)}.
     */
    public Attributes multiPartyChatConference(Value<Boolean> value) {
      return set("MultiPartyChatConference", value);
    }

    /**
     * Boolean flag which enables MULTI_PARTY_CONFERENCE on an instance.
     *
     * <p>CloudFormation property {@code MultiPartyConference}.
     */
    public Attributes multiPartyConference(boolean value) {
      return set("MultiPartyConference", Value.of(value));
    }

    /**
     * Sets {@code MultiPartyConference} to this value; see {@link #multiPartyConference(boolean)}.
     */
    public Attributes multiPartyConference(Value<Boolean> value) {
      return set("MultiPartyConference", value);
    }

    /**
     * Mandatory element which enables outbound calls on new instance.
     *
     * <p>Required. CloudFormation property {@code OutboundCalls}.
     */
    public Attributes outboundCalls(boolean value) {
      return set("OutboundCalls", Value.of(value));
    }

    /** Sets {@code OutboundCalls} to this value; see {@link #outboundCalls(boolean)}. */
    public Attributes outboundCalls(Value<Boolean> value) {
      return set("OutboundCalls", value);
    }

    /**
     * Boolean flag which enables USE_CUSTOM_TTS_VOICES on an instance.
     *
     * <p>CloudFormation property {@code UseCustomTTSVoices}.
     */
    public Attributes useCustomTTSVoices(boolean value) {
      return set("UseCustomTTSVoices", Value.of(value));
    }

    /** Sets {@code UseCustomTTSVoices} to this value; see {@link #useCustomTTSVoices(boolean)}. */
    public Attributes useCustomTTSVoices(Value<Boolean> value) {
      return set("UseCustomTTSVoices", value);
    }
  }
}
