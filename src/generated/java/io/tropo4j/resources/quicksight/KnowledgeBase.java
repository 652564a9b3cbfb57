// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::QuickSight::KnowledgeBase Resource Type
 *
 * <p>CloudFormation type {@code AWS::QuickSight::KnowledgeBase}.
 */
public final class KnowledgeBase extends Resource<KnowledgeBase> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::KnowledgeBase")
      .required("AwsAccountId", "DataSourceArn", "KnowledgeBaseConfiguration", "KnowledgeBaseId",
          "Name")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]*$").minLength(12).maxLength(12))
      .constrain("DataSourceArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284))
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("KnowledgeBaseId", Constraint.of().pattern("^[0-9a-zA-Z-_=.+]+$").minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{N}][\\p{L}\\p{N} _\\-\\.]*$").minLength(0).maxLength(128))
      .attributes("CreatedAt", "DocumentCount", "KnowledgeBaseArn", "KnowledgeBaseSizeBytes",
          "PrimaryOwnerUsername", "Status", "Type", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public KnowledgeBase(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AccessControlConfiguration}. */
  public KnowledgeBase accessControlConfiguration(Value<AccessControlConfiguration> value) {
    return set("AccessControlConfiguration", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]*$}. CloudFormation property {@code AwsAccountId}.
   */
  public KnowledgeBase awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public KnowledgeBase awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code DataSourceArn}.
   */
  public KnowledgeBase dataSourceArn(String value) {
    return set("DataSourceArn", Value.of(value));
  }

  /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
  public KnowledgeBase dataSourceArn(Value<String> value) {
    return set("DataSourceArn", value);
  }

  /**
   * Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public KnowledgeBase description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public KnowledgeBase description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code IsEmailNotificationOptedForIngestionFailures}. */
  public KnowledgeBase isEmailNotificationOptedForIngestionFailures(boolean value) {
    return set("IsEmailNotificationOptedForIngestionFailures", Value.of(value));
  }

  /**
   * Sets {@code IsEmailNotificationOptedForIngestionFailures} to this value; see {@link
   * #isEmailNotificationOptedForIngestionFailures(boolean)}.
   */
  public KnowledgeBase isEmailNotificationOptedForIngestionFailures(Value<Boolean> value) {
    return set("IsEmailNotificationOptedForIngestionFailures", value);
  }

  /** Required. CloudFormation property {@code KnowledgeBaseConfiguration}. */
  public KnowledgeBase knowledgeBaseConfiguration(Value<KnowledgeBaseConfiguration> value) {
    return set("KnowledgeBaseConfiguration", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[0-9a-zA-Z-_=.+]+$}. CloudFormation property {@code KnowledgeBaseId}.
   */
  public KnowledgeBase knowledgeBaseId(String value) {
    return set("KnowledgeBaseId", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
  public KnowledgeBase knowledgeBaseId(Value<String> value) {
    return set("KnowledgeBaseId", value);
  }

  /** CloudFormation property {@code MediaExtractionConfiguration}. */
  public KnowledgeBase mediaExtractionConfiguration(Value<MediaExtractionConfiguration> value) {
    return set("MediaExtractionConfiguration", value);
  }

  /**
   * Required. Length: 0 to 128 characters. Pattern: {@code ^[&#92;p{L}&#92;p{N}][&#92;p{L}&#92;p{N}
   * _&#92;-&#92;.]*$}. CloudFormation property {@code Name}.
   */
  public KnowledgeBase name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public KnowledgeBase name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Permissions}. */
  public KnowledgeBase permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public KnowledgeBase permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public KnowledgeBase permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /** Changing it replaces the resource. CloudFormation property {@code PrimaryOwnerArn}. */
  public KnowledgeBase primaryOwnerArn(String value) {
    return set("PrimaryOwnerArn", Value.of(value));
  }

  /** Sets {@code PrimaryOwnerArn} to this value; see {@link #primaryOwnerArn(String)}. */
  public KnowledgeBase primaryOwnerArn(Value<String> value) {
    return set("PrimaryOwnerArn", value);
  }

  /** CloudFormation property {@code Tags}. */
  public KnowledgeBase tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public KnowledgeBase tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public KnowledgeBase tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code DocumentCount}. */
  public Value<Double> documentCount() {
    return getAtt("DocumentCount");
  }

  /** {@code Fn::GetAtt} attribute {@code KnowledgeBaseArn}. */
  public Value<String> knowledgeBaseArn() {
    return getAtt("KnowledgeBaseArn");
  }

  /** {@code Fn::GetAtt} attribute {@code KnowledgeBaseSizeBytes}. */
  public Value<Double> knowledgeBaseSizeBytes() {
    return getAtt("KnowledgeBaseSizeBytes");
  }

  /** {@code Fn::GetAtt} attribute {@code PrimaryOwnerUsername}. */
  public Value<String> primaryOwnerUsername() {
    return getAtt("PrimaryOwnerUsername");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code Type}. */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.AccessControlConfiguration}. */
  public static final class AccessControlConfiguration extends Struct<AccessControlConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::KnowledgeBase.AccessControlConfiguration");

    public AccessControlConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IsACLEnabled}. */
    public AccessControlConfiguration isACLEnabled(boolean value) {
      return set("IsACLEnabled", Value.of(value));
    }

    /** Sets {@code IsACLEnabled} to this value; see {@link #isACLEnabled(boolean)}. */
    public AccessControlConfiguration isACLEnabled(Value<Boolean> value) {
      return set("IsACLEnabled", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.AudioExtractionConfiguration}. */
  public static final class AudioExtractionConfiguration extends Struct<AudioExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::KnowledgeBase.AudioExtractionConfiguration")
        .required("AudioExtractionStatus")
        .allowed("AudioExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public AudioExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AudioExtractionStatus}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(String value) {
      return set("AudioExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code AudioExtractionStatus} to this value; see {@link #audioExtractionStatus(String)}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(Value<String> value) {
      return set("AudioExtractionStatus", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.ImageExtractionConfiguration}. */
  public static final class ImageExtractionConfiguration extends Struct<ImageExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::KnowledgeBase.ImageExtractionConfiguration")
        .required("ImageExtractionStatus")
        .allowed("ImageExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public ImageExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ImageExtractionStatus}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(String value) {
      return set("ImageExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code ImageExtractionStatus} to this value; see {@link #imageExtractionStatus(String)}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(Value<String> value) {
      return set("ImageExtractionStatus", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.KbTemplateConfiguration}. */
  public static final class KbTemplateConfiguration extends Struct<KbTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::KnowledgeBase.KbTemplateConfiguration");

    public KbTemplateConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Template}. */
    public KbTemplateConfiguration template(Value<Json> value) {
      return set("Template", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.KnowledgeBaseConfiguration}. */
  public static final class KnowledgeBaseConfiguration extends Struct<KnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::KnowledgeBase.KnowledgeBaseConfiguration");

    public KnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code TemplateConfiguration}. */
    public KnowledgeBaseConfiguration templateConfiguration(Value<KbTemplateConfiguration> value) {
      return set("TemplateConfiguration", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.MediaExtractionConfiguration}. */
  public static final class MediaExtractionConfiguration extends Struct<MediaExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::KnowledgeBase.MediaExtractionConfiguration");

    public MediaExtractionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioExtractionConfiguration}. */
    public MediaExtractionConfiguration audioExtractionConfiguration(Value<AudioExtractionConfiguration> value) {
      return set("AudioExtractionConfiguration", value);
    }

    /** CloudFormation property {@code ImageExtractionConfiguration}. */
    public MediaExtractionConfiguration imageExtractionConfiguration(Value<ImageExtractionConfiguration> value) {
      return set("ImageExtractionConfiguration", value);
    }

    /** CloudFormation property {@code VideoExtractionConfiguration}. */
    public MediaExtractionConfiguration videoExtractionConfiguration(Value<VideoExtractionConfiguration> value) {
      return set("VideoExtractionConfiguration", value);
    }
  }

  /**
   * &lt;p&gt;Permission for the resource.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::KnowledgeBase.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::KnowledgeBase.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The IAM action to grant or revoke permissions on.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * &lt;p&gt;The Amazon Resource Name (ARN) of the principal. This can be one of the
     * following:&lt;/p&gt; &lt;ul&gt; &lt;li&gt; &lt;p&gt;The ARN of an Amazon Quick user or group
     * associated with a data source or dataset. (This is common.)&lt;/p&gt; &lt;/li&gt; &lt;li&gt;
     * &lt;p&gt;The ARN of an Amazon Quick user, group, or namespace associated with an analysis,
     * dashboard, template, or theme. (This is common.)&lt;/p&gt; &lt;/li&gt; &lt;li&gt;
     * &lt;p&gt;The ARN of an Amazon Web Services account root: This is an IAM ARN rather than a
     * QuickSight ARN. Use this option only to share resources (templates) across Amazon Web
     * Services accounts. (This is less common.) &lt;/p&gt; &lt;/li&gt; &lt;/ul&gt;
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }

    /** CloudFormation property {@code Resource}. */
    public ResourcePermission resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public ResourcePermission resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /** Property type {@code AWS::QuickSight::KnowledgeBase.VideoExtractionConfiguration}. */
  public static final class VideoExtractionConfiguration extends Struct<VideoExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::KnowledgeBase.VideoExtractionConfiguration")
        .required("VideoExtractionStatus")
        .allowed("VideoExtractionStatus", "ENABLED", "DISABLED")
        .allowed("VideoExtractionType", "AUDIO_TRANSCRIPTION_ONLY",
            "VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION")
        .build();

    public VideoExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * VideoExtractionStatus}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(String value) {
      return set("VideoExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code VideoExtractionStatus} to this value; see {@link #videoExtractionStatus(String)}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(Value<String> value) {
      return set("VideoExtractionStatus", value);
    }

    /**
     * Allowed values: {@code AUDIO_TRANSCRIPTION_ONLY}, {@code
     * VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION}. CloudFormation property {@code VideoExtractionType}.
     */
    public VideoExtractionConfiguration videoExtractionType(String value) {
      return set("VideoExtractionType", Value.of(value));
    }

    /** Sets {@code VideoExtractionType} to this value; see {@link #videoExtractionType(String)}. */
    public VideoExtractionConfiguration videoExtractionType(Value<String> value) {
      return set("VideoExtractionType", value);
    }
  }
}
