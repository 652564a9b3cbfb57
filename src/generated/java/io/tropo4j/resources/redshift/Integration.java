// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Describes a zero-ETL or S3 integration.
 *
 * <p>CloudFormation type {@code AWS::Redshift::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::Integration")
      .required("SourceArn", "TargetArn")
      .constrain("IntegrationName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(1).maxLength(64))
      .constrain("SourceArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:(s3|dynamodb):.*:.*:[a-zA-Z0-9._\\-\\/]+$").minLength(1).maxLength(255))
      .constrain("TargetArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:redshift(-serverless)?:[a-z0-9\\-]+:[0-9]{12}:(namespace\\/|namespace:)[a-z0-9\\-]+$").minLength(20).maxLength(2048))
      .refYields("IntegrationArn")
      .attributes("CreateTime", "IntegrationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The encryption context for the integration. For more information, see <a
   * href="https://docs.aws.amazon.com/">Encryption context</a> in the <em>AWS Key Management
   * Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public Integration additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public Integration additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The name of the integration.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}.
   * CloudFormation property {@code IntegrationName}.
   */
  public Integration integrationName(String value) {
    return set("IntegrationName", Value.of(value));
  }

  /** Sets {@code IntegrationName} to this value; see {@link #integrationName(String)}. */
  public Integration integrationName(Value<String> value) {
    return set("IntegrationName", value);
  }

  /**
   * The AWS Key Management Service ( AWS KMS) key identifier for the key used to encrypt the
   * integration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KMSKeyId}.
   */
  public Integration kmsKeyId(String value) {
    return set("KMSKeyId", Value.of(value));
  }

  /** Sets {@code KMSKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Integration kmsKeyId(Value<String> value) {
    return set("KMSKeyId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the database used as the source for replication.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:(s3|dynamodb):.*:.*:[a-zA-Z0-9._&#92;-&#92;/]+$}. CloudFormation property
   * {@code SourceArn}.
   */
  public Integration sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Integration sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * The list of tags associated with the integration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Integration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Integration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Integration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Redshift data warehouse to use as the target for
   * replication.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:redshift(-serverless)?:[a-z0-9&#92;-]+:[0-9]{12}:(namespace&#92;/|namespace:)[a-z0-9&#92;-]+$}.
   * CloudFormation property {@code TargetArn}.
   */
  public Integration targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Integration targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The time (UTC) when the integration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationArn}.
   */
  public Value<String> integrationArn() {
    return getAtt("IntegrationArn");
  }
}
