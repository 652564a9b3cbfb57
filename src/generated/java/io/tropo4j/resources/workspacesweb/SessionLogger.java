// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The session logger resource.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::SessionLogger}.
 */
public final class SessionLogger extends Resource<SessionLogger> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::SessionLogger")
      .required("EventFilter", "LogConfiguration")
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .constrain("DisplayName", Constraint.of().pattern("^[ _\\-\\d\\w]+$").minLength(1).maxLength(64))
      .refYields("SessionLoggerArn")
      .attributes("AssociatedPortalArns", "CreationDate", "SessionLoggerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SessionLogger(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional encryption context of the session logger.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public SessionLogger additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public SessionLogger additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The custom managed key of the session logger.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public SessionLogger customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public SessionLogger customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * The human-readable display name.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[ _&#92;-&#92;d&#92;w]+$}. CloudFormation
   * property {@code DisplayName}.
   */
  public SessionLogger displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public SessionLogger displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The filter that specifies which events to monitor.
   *
   * <p>Required. CloudFormation property {@code EventFilter}.
   */
  public SessionLogger eventFilter(Value<EventFilter> value) {
    return set("EventFilter", value);
  }

  /**
   * The configuration that specifies where logs are fowarded.
   *
   * <p>Required. CloudFormation property {@code LogConfiguration}.
   */
  public SessionLogger logConfiguration(Value<LogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The tags of the session logger.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SessionLogger tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SessionLogger tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SessionLogger tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The associated portal ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The date the session logger resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The ARN of the session logger resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SessionLoggerArn}.
   */
  public Value<String> sessionLoggerArn() {
    return getAtt("SessionLoggerArn");
  }

  /**
   * The filter that specifies the events to monitor.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::SessionLogger.EventFilter}.
   */
  public static final class EventFilter extends Struct<EventFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::SessionLogger.EventFilter")
        .allowed("Include", "WebsiteInteract", "FileDownloadFromSecureBrowserToRemoteDisk",
            "FileTransferFromRemoteToLocalDisk", "FileTransferFromLocalToRemoteDisk",
            "FileUploadFromRemoteDiskToSecureBrowser", "ContentPasteToWebsite",
            "ContentTransferFromLocalToRemoteClipboard", "ContentCopyFromWebsite", "UrlLoad",
            "TabOpen", "TabClose", "PrintJobSubmit", "SessionConnect", "SessionStart",
            "SessionDisconnect", "SessionEnd", "UrlBlockByContentFilter")
        .build();

    public EventFilter() {
      super(SCHEMA);
    }

    /**
     * The filter that monitors all of the available events, including any new events emitted in the
     * future. The <code>All</code> and <code>Include</code> properties are not required, but one of
     * them should be present. <code>{}</code> is a valid input.
     *
     * <p>CloudFormation property {@code All}.
     */
    public EventFilter all(Value<Json> value) {
      return set("All", value);
    }

    /**
     * The filter that monitors only the listed set of events. New events are not auto-monitored.
     * The <code>All</code> and <code>Include</code> properties are not required, but one of them
     * should be present.
     *
     * <p>Allowed values: {@code WebsiteInteract}, {@code
     * FileDownloadFromSecureBrowserToRemoteDisk}, {@code FileTransferFromRemoteToLocalDisk}, {@code
     * FileTransferFromLocalToRemoteDisk}, {@code FileUploadFromRemoteDiskToSecureBrowser}, {@code
     * ContentPasteToWebsite}, {@code ContentTransferFromLocalToRemoteClipboard}, {@code
     * ContentCopyFromWebsite}, {@code UrlLoad}, {@code TabOpen}, {@code TabClose}, {@code
     * PrintJobSubmit}, {@code SessionConnect}, {@code SessionStart}, {@code SessionDisconnect},
     * {@code SessionEnd}, {@code UrlBlockByContentFilter}. CloudFormation property {@code Include}.
     */
    public EventFilter include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public EventFilter include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * The configuration of the log.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::SessionLogger.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkSpacesWeb::SessionLogger.LogConfiguration");

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for delivering the logs to S3.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public LogConfiguration s3(Value<S3LogConfiguration> value) {
      return set("S3", value);
    }
  }

  /**
   * The S3 log configuration.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::SessionLogger.S3LogConfiguration}.
   */
  public static final class S3LogConfiguration extends Struct<S3LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::SessionLogger.S3LogConfiguration")
        .required("Bucket", "FolderStructure", "LogFileFormat")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(1).maxLength(256))
        .constrain("BucketOwner", Constraint.of().pattern("^[0-9]{12}$"))
        .allowed("FolderStructure", "Flat", "NestedByDate")
        .constrain("KeyPrefix", Constraint.of().pattern("^[\\d\\w\\-_/!().*']+$").minLength(1).maxLength(256))
        .allowed("LogFileFormat", "JSONLines", "Json")
        .build();

    public S3LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket name where logs are delivered.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3LogConfiguration bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3LogConfiguration bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The expected bucket owner of the target S3 bucket. The caller must have permissions to write
     * to the target bucket.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code BucketOwner}.
     */
    public S3LogConfiguration bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3LogConfiguration bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The folder structure that defines the organizational structure for log files in S3.
     *
     * <p>Required. Allowed values: {@code Flat}, {@code NestedByDate}. CloudFormation property
     * {@code FolderStructure}.
     */
    public S3LogConfiguration folderStructure(String value) {
      return set("FolderStructure", Value.of(value));
    }

    /** Sets {@code FolderStructure} to this value; see {@link #folderStructure(String)}. */
    public S3LogConfiguration folderStructure(Value<String> value) {
      return set("FolderStructure", value);
    }

    /**
     * The S3 path prefix that determines where log files are stored.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[&#92;d&#92;w&#92;-_/!().*']+$}.
     * CloudFormation property {@code KeyPrefix}.
     */
    public S3LogConfiguration keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public S3LogConfiguration keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }

    /**
     * The format of the LogFile that is written to S3.
     *
     * <p>Required. Allowed values: {@code JSONLines}, {@code Json}. CloudFormation property {@code
     * LogFileFormat}.
     */
    public S3LogConfiguration logFileFormat(String value) {
      return set("LogFileFormat", Value.of(value));
    }

    /** Sets {@code LogFileFormat} to this value; see {@link #logFileFormat(String)}. */
    public S3LogConfiguration logFileFormat(Value<String> value) {
      return set("LogFileFormat", value);
    }
  }
}
