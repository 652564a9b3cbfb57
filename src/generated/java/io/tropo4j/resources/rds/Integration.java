// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * A zero-ETL integration with Amazon Redshift.
 *
 * <p>CloudFormation type {@code AWS::RDS::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::Integration")
      .required("SourceArn", "TargetArn")
      .constrain("DataFilter", Constraint.of().pattern("[a-zA-Z0-9_ \"\\\\\\-$,*.:?+\\/]*").minLength(1).maxLength(25600))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("IntegrationName", Constraint.of().pattern("^[a-zA-Z](?:-?[a-zA-Z0-9]+)*$").minLength(1).maxLength(64))
      .constrain("SourceArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:rds(-[a-z]*)?:[a-z0-9\\-]*:[0-9]*:(cluster|db):[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(255))
      .constrain("TargetArn", Constraint.of().minLength(20).maxLength(2048))
      .refYields("IntegrationArn")
      .attributes("CreateTime", "IntegrationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional set of non-secret key–value pairs that contains additional contextual information
   * about the data. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context">Encryption
   * context</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>You can only include this parameter if you specify the <code>KMSKeyId</code> parameter.
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
   * Data filters for the integration. These filters determine which tables from the source database
   * are sent to the target Amazon Redshift data warehouse.
   *
   * <p>Length: 1 to 25600 characters. Pattern: {@code [a-zA-Z0-9_
   * "&#92;&#92;&#92;-$,*.:?+&#92;/]*}. CloudFormation property {@code DataFilter}.
   */
  public Integration dataFilter(String value) {
    return set("DataFilter", Value.of(value));
  }

  /** Sets {@code DataFilter} to this value; see {@link #dataFilter(String)}. */
  public Integration dataFilter(Value<String> value) {
    return set("DataFilter", value);
  }

  /**
   * A description of the integration.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public Integration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Integration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the integration.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z](?:-?[a-zA-Z0-9]+)*$}. CloudFormation
   * property {@code IntegrationName}.
   */
  public Integration integrationName(String value) {
    return set("IntegrationName", Value.of(value));
  }

  /** Sets {@code IntegrationName} to this value; see {@link #integrationName(String)}. */
  public Integration integrationName(Value<String> value) {
    return set("IntegrationName", value);
  }

  /**
   * The AWS Key Management System ( AWS KMS) key identifier for the key to use to encrypt the
   * integration. If you don't specify an encryption key, RDS uses a default AWS owned key.
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
   * The Amazon Resource Name (ARN) of the database to use as the source for replication.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:rds(-[a-z]*)?:[a-z0-9&#92;-]*:[0-9]*:(cluster|db):[a-z][a-z0-9]*(-[a-z0-9]+)*$}.
   * CloudFormation property {@code SourceArn}.
   */
  public Integration sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Integration sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * An optional array of key-value pairs to apply to this integration.
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
   * The ARN of the Redshift data warehouse to use as the target for replication.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. CloudFormation
   * property {@code TargetArn}.
   */
  public Integration targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Integration targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The time when the integration was created, in Universal Coordinated Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The ARN of the integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationArn}.
   */
  public Value<String> integrationArn() {
    return getAtt("IntegrationArn");
  }
}
