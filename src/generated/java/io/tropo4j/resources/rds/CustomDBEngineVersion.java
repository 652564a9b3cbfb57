// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom DB engine version (CEV).
 *
 * <p>CloudFormation type {@code AWS::RDS::CustomDBEngineVersion}.
 */
public final class CustomDBEngineVersion extends Resource<CustomDBEngineVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::CustomDBEngineVersion")
      .required("Engine", "EngineVersion")
      .constrain("DatabaseInstallationFilesS3BucketName", Constraint.of().minLength(3).maxLength(63))
      .constrain("DatabaseInstallationFilesS3Prefix", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("Engine", Constraint.of().pattern("^[A-Za-z0-9-]{1,35}$").minLength(1).maxLength(35))
      .constrain("EngineVersion", Constraint.of().pattern("^[a-z0-9_.-]{1,60}$").minLength(1).maxLength(60))
      .constrain("ImageId", Constraint.of().minLength(1).maxLength(255).format("AWS::EC2::Image.Id"))
      .constrain("Manifest", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(51000))
      .constrain("SourceCustomDbEngineVersionIdentifier", Constraint.of().minLength(1).maxLength(255))
      .allowed("Status", "available", "inactive", "inactive-except-restore", "pending-validation")
      .attributes("DBEngineVersionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomDBEngineVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code DatabaseInstallationFiles}.
   */
  public CustomDBEngineVersion databaseInstallationFiles(List<String> value) {
    return set("DatabaseInstallationFiles", Value.listOf(value));
  }

  /**
   * Sets {@code DatabaseInstallationFiles} to this value; see {@link
   * #databaseInstallationFiles(List)}.
   */
  public CustomDBEngineVersion databaseInstallationFiles(Value<List<String>> value) {
    return set("DatabaseInstallationFiles", value);
  }

  /**
   * The name of an Amazon S3 bucket that contains database installation files for your CEV. For
   * example, a valid bucket name is <code>my-custom-installation-files</code> .
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation property
   * {@code DatabaseInstallationFilesS3BucketName}.
   */
  public CustomDBEngineVersion databaseInstallationFilesS3BucketName(String value) {
    return set("DatabaseInstallationFilesS3BucketName", Value.of(value));
  }

  /**
   * Sets {@code DatabaseInstallationFilesS3BucketName} to this value; see {@link
   * #databaseInstallationFilesS3BucketName(String)}.
   */
  public CustomDBEngineVersion databaseInstallationFilesS3BucketName(Value<String> value) {
    return set("DatabaseInstallationFilesS3BucketName", value);
  }

  /**
   * The Amazon S3 directory that contains the database installation files for your CEV. For
   * example, a valid bucket name is <code>123456789012/cev1</code> . If this setting isn't
   * specified, no prefix is assumed.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code DatabaseInstallationFilesS3Prefix}.
   */
  public CustomDBEngineVersion databaseInstallationFilesS3Prefix(String value) {
    return set("DatabaseInstallationFilesS3Prefix", Value.of(value));
  }

  /**
   * Sets {@code DatabaseInstallationFilesS3Prefix} to this value; see {@link
   * #databaseInstallationFilesS3Prefix(String)}.
   */
  public CustomDBEngineVersion databaseInstallationFilesS3Prefix(Value<String> value) {
    return set("DatabaseInstallationFilesS3Prefix", value);
  }

  /**
   * An optional description of your CEV.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public CustomDBEngineVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CustomDBEngineVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The database engine to use for your custom engine version (CEV).
   *
   * <p>Valid values:
   *
   * <ul> <li><code>custom-oracle-ee</code> <li><code>custom-oracle-ee-cdb</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 35 characters. Pattern: {@code
   * ^[A-Za-z0-9-]{1,35}$}. CloudFormation property {@code Engine}.
   */
  public CustomDBEngineVersion engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public CustomDBEngineVersion engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The name of your CEV. The name format is <code>major version.customized_string</code> . For
   * example, a valid CEV name is <code>19.my_cev1</code> . This setting is required for RDS Custom
   * for Oracle, but optional for Amazon RDS. The combination of <code>Engine</code> and
   * <code>EngineVersion</code> is unique per customer per Region.
   *
   * <p><em>Constraints:</em> Minimum length is 1. Maximum length is 60.
   *
   * <p><em>Pattern:</em> <code>^[a-z0-9_.-]{1,60$</code> }
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 60 characters. Pattern: {@code
   * ^[a-z0-9_.-]{1,60}$}. CloudFormation property {@code EngineVersion}.
   */
  public CustomDBEngineVersion engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public CustomDBEngineVersion engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * A value that indicates the ID of the AMI.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Format: {@code
   * AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
   */
  public CustomDBEngineVersion imageId(String value) {
    return set("ImageId", Value.of(value));
  }

  /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
  public CustomDBEngineVersion imageId(Value<String> value) {
    return set("ImageId", value);
  }

  /**
   * The AWS KMS key identifier for an encrypted CEV. A symmetric encryption KMS key is required for
   * RDS Custom, but optional for Amazon RDS.
   *
   * <p>If you have an existing symmetric encryption KMS key in your account, you can use it with
   * RDS Custom. No further action is necessary. If you don't already have a symmetric encryption
   * KMS key in your account, follow the instructions in <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html#create-symmetric-cmk">Creating
   * a symmetric encryption KMS key</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>You can choose the same symmetric encryption key when you create a CEV and a DB instance, or
   * choose different keys.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KMSKeyId}.
   */
  public CustomDBEngineVersion kmsKeyId(String value) {
    return set("KMSKeyId", Value.of(value));
  }

  /** Sets {@code KMSKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public CustomDBEngineVersion kmsKeyId(Value<String> value) {
    return set("KMSKeyId", value);
  }

  /**
   * The CEV manifest, which is a JSON document that describes the installation .zip files stored in
   * Amazon S3. Specify the name/value pairs in a file or a quoted string. RDS Custom applies the
   * patches in the order in which they are listed.
   *
   * <p>The following JSON fields are valid:
   *
   * <ul> <li><b>MediaImportTemplateVersion</b> - Version of the CEV manifest. The date is in the
   * format <code>YYYY-MM-DD</code> . <li><b>databaseInstallationFileNames</b> - Ordered list of
   * installation files for the CEV. <li><b>opatchFileNames</b> - Ordered list of OPatch installers
   * used for the Oracle DB engine. <li><b>psuRuPatchFileNames</b> - The PSU and RU patches for this
   * CEV. <li><b>OtherPatchFileNames</b> - The patches that are not in the list of PSU and RU
   * patches. Amazon RDS applies these patches after applying the PSU and RU patches. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/custom-cev.html#custom-cev.preparing.manifest">Creating
   * the CEV manifest</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 51000 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code Manifest}.
   */
  public CustomDBEngineVersion manifest(String value) {
    return set("Manifest", Value.of(value));
  }

  /** Sets {@code Manifest} to this value; see {@link #manifest(String)}. */
  public CustomDBEngineVersion manifest(Value<String> value) {
    return set("Manifest", value);
  }

  /**
   * The ARN of a CEV to use as a source for creating a new CEV. You can specify a different Amazon
   * Machine Imagine (AMI) by using either <code>Source</code> or
   * <code>UseAwsProvidedLatestImage</code> . You can't specify a different JSON manifest when you
   * specify <code>SourceCustomDbEngineVersionIdentifier</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code SourceCustomDbEngineVersionIdentifier}.
   */
  public CustomDBEngineVersion sourceCustomDbEngineVersionIdentifier(String value) {
    return set("SourceCustomDbEngineVersionIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceCustomDbEngineVersionIdentifier} to this value; see {@link
   * #sourceCustomDbEngineVersionIdentifier(String)}.
   */
  public CustomDBEngineVersion sourceCustomDbEngineVersionIdentifier(Value<String> value) {
    return set("SourceCustomDbEngineVersionIdentifier", value);
  }

  /**
   * A value that indicates the status of a custom engine version (CEV).
   *
   * <p>Allowed values: {@code available}, {@code inactive}, {@code inactive-except-restore}, {@code
   * pending-validation}. Default: {@code "available"}. CloudFormation property {@code Status}.
   */
  public CustomDBEngineVersion status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public CustomDBEngineVersion status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of tags. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html">Tagging Amazon
   * RDS Resources</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomDBEngineVersion tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomDBEngineVersion tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomDBEngineVersion tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether to use the latest service-provided Amazon Machine Image (AMI) for the CEV. If
   * you specify <code>UseAwsProvidedLatestImage</code> , you can't also specify
   * <code>ImageId</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * UseAwsProvidedLatestImage}.
   */
  public CustomDBEngineVersion useAwsProvidedLatestImage(boolean value) {
    return set("UseAwsProvidedLatestImage", Value.of(value));
  }

  /**
   * Sets {@code UseAwsProvidedLatestImage} to this value; see {@link
   * #useAwsProvidedLatestImage(boolean)}.
   */
  public CustomDBEngineVersion useAwsProvidedLatestImage(Value<Boolean> value) {
    return set("UseAwsProvidedLatestImage", value);
  }

  /**
   * The ARN of the custom engine version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBEngineVersionArn}.
   */
  public Value<String> dbEngineVersionArn() {
    return getAtt("DBEngineVersionArn");
  }
}
