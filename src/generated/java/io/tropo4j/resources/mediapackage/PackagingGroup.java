// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackage;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a packaging group.
 *
 * <p>The packaging group holds one or more packaging configurations. When you create an asset, you
 * specify the packaging group associated with the asset. The asset has playback endpoints for each
 * packaging configuration within the group.
 *
 * <p>CloudFormation type {@code AWS::MediaPackage::PackagingGroup}.
 */
public final class PackagingGroup extends Resource<PackagingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingGroup")
      .required("Id")
      .constrain("Id", Constraint.of().pattern("\\A[0-9a-zA-Z-_]+\\Z").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "DomainName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PackagingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Parameters for CDN authorization.
   *
   * <p>CloudFormation property {@code Authorization}.
   */
  public PackagingGroup authorization(Value<Authorization> value) {
    return set("Authorization", value);
  }

  /**
   * The configuration parameters for egress access logging.
   *
   * <p>CloudFormation property {@code EgressAccessLogs}.
   */
  public PackagingGroup egressAccessLogs(Value<LogConfiguration> value) {
    return set("EgressAccessLogs", value);
  }

  /**
   * Unique identifier that you assign to the packaging group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;A[0-9a-zA-Z-_]+&#92;Z}. CloudFormation property {@code Id}.
   */
  public PackagingGroup id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public PackagingGroup id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The tags to assign to the packaging group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public PackagingGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PackagingGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PackagingGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the packaging group. You can get this from the response to
   * any request to the packaging group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The URL for the assets in the PackagingGroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * Parameters for enabling CDN authorization.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingGroup.Authorization}.
   */
  public static final class Authorization extends Struct<Authorization> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingGroup.Authorization")
        .required("CdnIdentifierSecret", "SecretsRoleArn")
        .constrain("SecretsRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public Authorization() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the secret in AWS Secrets Manager that is used for CDN
     * authorization.
     *
     * <p>Required. CloudFormation property {@code CdnIdentifierSecret}.
     */
    public Authorization cdnIdentifierSecret(String value) {
      return set("CdnIdentifierSecret", Value.of(value));
    }

    /** Sets {@code CdnIdentifierSecret} to this value; see {@link #cdnIdentifierSecret(String)}. */
    public Authorization cdnIdentifierSecret(Value<String> value) {
      return set("CdnIdentifierSecret", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the IAM role that allows AWS Elemental MediaPackage to
     * communicate with AWS Secrets Manager .
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsRoleArn}.
     */
    public Authorization secretsRoleArn(String value) {
      return set("SecretsRoleArn", Value.of(value));
    }

    /** Sets {@code SecretsRoleArn} to this value; see {@link #secretsRoleArn(String)}. */
    public Authorization secretsRoleArn(Value<String> value) {
      return set("SecretsRoleArn", value);
    }
  }

  /**
   * Sets a custom Amazon CloudWatch log group name for egress logs. If a log group name isn't
   * specified, the default name is used: /aws/MediaPackage/EgressAccessLogs.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingGroup.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingGroup.LogConfiguration")
        .constrain("LogGroupName", Constraint.of().pattern("\\A\\/aws\\/MediaPackage\\/[0-9a-zA-Z-_\\/\\.#]+\\Z").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets a custom Amazon CloudWatch log group name for egress logs. If a log group name isn't
     * specified, the default name is used: /aws/MediaPackage/EgressAccessLogs.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * &#92;A&#92;/aws&#92;/MediaPackage&#92;/[0-9a-zA-Z-_&#92;/&#92;.#]+&#92;Z}. Format: {@code
     * AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public LogConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LogConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }
}
