// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3files;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::S3Files::FileSystem
 *
 * <p>CloudFormation type {@code AWS::S3Files::FileSystem}.
 */
public final class FileSystem extends Resource<FileSystem> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Files::FileSystem")
      .required("Bucket", "RoleArn")
      .constrain("Bucket", Constraint.of().pattern("^(arn:aws[a-zA-Z0-9-]*:s3:::.+)$"))
      .constrain("ClientToken", Constraint.of().pattern("^(.+)$").minLength(1).maxLength(64))
      .constrain("Prefix", Constraint.of().pattern("^(|.*/)$").maxLength(1024))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("FileSystemArn")
      .attributes("CreationTime", "FileSystemArn", "FileSystemId", "OwnerId", "Status",
          "StatusMessage", "SynchronizationConfiguration.LatestVersionNumber")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FileSystem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AcceptBucketWarning}. */
  public FileSystem acceptBucketWarning(boolean value) {
    return set("AcceptBucketWarning", Value.of(value));
  }

  /** Sets {@code AcceptBucketWarning} to this value; see {@link #acceptBucketWarning(boolean)}. */
  public FileSystem acceptBucketWarning(Value<Boolean> value) {
    return set("AcceptBucketWarning", value);
  }

  /**
   * Required. Changing it replaces the resource. Pattern: {@code ^(arn:aws[a-zA-Z0-9-]*:s3:::.+)$}.
   * CloudFormation property {@code Bucket}.
   */
  public FileSystem bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public FileSystem bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code ^(.+)$}.
   * CloudFormation property {@code ClientToken}.
   */
  public FileSystem clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public FileSystem clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code KmsKeyId}. */
  public FileSystem kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public FileSystem kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Changing it replaces the resource. Length: at most 1024 characters. Pattern: {@code
   * ^(|.*&#47;)$}. CloudFormation property {@code Prefix}.
   */
  public FileSystem prefix(String value) {
    return set("Prefix", Value.of(value));
  }

  /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
  public FileSystem prefix(Value<String> value) {
    return set("Prefix", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public FileSystem roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public FileSystem roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** CloudFormation property {@code SynchronizationConfiguration}. */
  public FileSystem synchronizationConfiguration(Value<SynchronizationConfiguration> value) {
    return set("SynchronizationConfiguration", value);
  }

  /** CloudFormation property {@code Tags}. */
  public FileSystem tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FileSystem tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FileSystem tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CreationTime}. */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** {@code Fn::GetAtt} attribute {@code FileSystemArn}. */
  public Value<String> fileSystemArn() {
    return getAtt("FileSystemArn");
  }

  /** {@code Fn::GetAtt} attribute {@code FileSystemId}. */
  public Value<String> fileSystemId() {
    return getAtt("FileSystemId");
  }

  /** {@code Fn::GetAtt} attribute {@code OwnerId}. */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code StatusMessage}. */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /** {@code Fn::GetAtt} attribute {@code SynchronizationConfiguration.LatestVersionNumber}. */
  public Value<Integer> synchronizationConfigurationLatestVersionNumber() {
    return getAtt("SynchronizationConfiguration.LatestVersionNumber");
  }

  /** Property type {@code AWS::S3Files::FileSystem.ExpirationDataRule}. */
  public static final class ExpirationDataRule extends Struct<ExpirationDataRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::FileSystem.ExpirationDataRule")
        .required("DaysAfterLastAccess")
        .constrain("DaysAfterLastAccess", Constraint.of().minimum(1).maximum(365))
        .build();

    public ExpirationDataRule() {
      super(SCHEMA);
    }

    /** Required. Range: 1 to 365. CloudFormation property {@code DaysAfterLastAccess}. */
    public ExpirationDataRule daysAfterLastAccess(int value) {
      return set("DaysAfterLastAccess", Value.of(value));
    }

    /** Sets {@code DaysAfterLastAccess} to this value; see {@link #daysAfterLastAccess(int)}. */
    public ExpirationDataRule daysAfterLastAccess(Value<Integer> value) {
      return set("DaysAfterLastAccess", value);
    }
  }

  /** Property type {@code AWS::S3Files::FileSystem.ImportDataRule}. */
  public static final class ImportDataRule extends Struct<ImportDataRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::FileSystem.ImportDataRule")
        .required("Prefix", "SizeLessThan", "Trigger")
        .constrain("Prefix", Constraint.of().pattern("^(|.*/)$").minLength(0).maxLength(1024))
        .constrain("SizeLessThan", Constraint.of().minimum(0).maximum(52673613135872L).format("int64"))
        .allowed("Trigger", "ON_DIRECTORY_FIRST_ACCESS", "ON_FILE_ACCESS")
        .build();

    public ImportDataRule() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 0 to 1024 characters. Pattern: {@code ^(|.*&#47;)$}. CloudFormation
     * property {@code Prefix}.
     */
    public ImportDataRule prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ImportDataRule prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Required. Range: 0 to 52673613135872L. Format: {@code int64}. CloudFormation property {@code
     * SizeLessThan}.
     */
    public ImportDataRule sizeLessThan(int value) {
      return set("SizeLessThan", Value.of(value));
    }

    /** Sets {@code SizeLessThan} to this value; see {@link #sizeLessThan(int)}. */
    public ImportDataRule sizeLessThan(Value<Integer> value) {
      return set("SizeLessThan", value);
    }

    /**
     * Required. Allowed values: {@code ON_DIRECTORY_FIRST_ACCESS}, {@code ON_FILE_ACCESS}.
     * CloudFormation property {@code Trigger}.
     */
    public ImportDataRule trigger(String value) {
      return set("Trigger", Value.of(value));
    }

    /** Sets {@code Trigger} to this value; see {@link #trigger(String)}. */
    public ImportDataRule trigger(Value<String> value) {
      return set("Trigger", value);
    }
  }

  /** Property type {@code AWS::S3Files::FileSystem.SynchronizationConfiguration}. */
  public static final class SynchronizationConfiguration extends Struct<SynchronizationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::FileSystem.SynchronizationConfiguration")
        .required("ExpirationDataRules", "ImportDataRules")
        .build();

    public SynchronizationConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ExpirationDataRules}. */
    public SynchronizationConfiguration expirationDataRules(List<ExpirationDataRule> value) {
      return set("ExpirationDataRules", Value.listOf(value));
    }

    /** Sets {@code ExpirationDataRules} to this value; see {@link #expirationDataRules(List)}. */
    public SynchronizationConfiguration expirationDataRules(Value<List<ExpirationDataRule>> value) {
      return set("ExpirationDataRules", value);
    }

    /**
     * Sets {@code ExpirationDataRules} to a list of these; see {@link #expirationDataRules(List)}.
     */
    public SynchronizationConfiguration expirationDataRules(ExpirationDataRule... values) {
      return set("ExpirationDataRules", Value.list(values));
    }

    /** Required. CloudFormation property {@code ImportDataRules}. */
    public SynchronizationConfiguration importDataRules(List<ImportDataRule> value) {
      return set("ImportDataRules", Value.listOf(value));
    }

    /** Sets {@code ImportDataRules} to this value; see {@link #importDataRules(List)}. */
    public SynchronizationConfiguration importDataRules(Value<List<ImportDataRule>> value) {
      return set("ImportDataRules", value);
    }

    /** Sets {@code ImportDataRules} to a list of these; see {@link #importDataRules(List)}. */
    public SynchronizationConfiguration importDataRules(ImportDataRule... values) {
      return set("ImportDataRules", Value.list(values));
    }

    /** CloudFormation property {@code LatestVersionNumber}. */
    public SynchronizationConfiguration latestVersionNumber(int value) {
      return set("LatestVersionNumber", Value.of(value));
    }

    /** Sets {@code LatestVersionNumber} to this value; see {@link #latestVersionNumber(int)}. */
    public SynchronizationConfiguration latestVersionNumber(Value<Integer> value) {
      return set("LatestVersionNumber", value);
    }
  }
}
