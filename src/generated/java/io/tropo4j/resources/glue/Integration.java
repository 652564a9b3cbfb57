// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Glue::Integration</code> resource specifies an AWS Glue zero-ETL integration from
 * a data source to a target. For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/zero-etl-using.html">zero-ETL integration
 * supported by AWS Glue</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html">integration
 * structure</a> in the AWS Glue developer guide.
 *
 * <p>CloudFormation type {@code AWS::Glue::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Integration")
      .required("IntegrationName", "SourceArn", "TargetArn")
      .constrain("DataFilter", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1000))
      .constrain("IntegrationName", Constraint.of().minLength(1).maxLength(128))
      .constrain("SourceArn", Constraint.of().pattern("arn:aws:.*:.*:[0-9]+:.*").minLength(1).maxLength(512))
      .constrain("TargetArn", Constraint.of().pattern("arn:aws:.*:.*:[0-9]+:.*").minLength(1).maxLength(512))
      .attributes("CreateTime", "IntegrationArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional set of non-secret key–value pairs that contains additional contextual information
   * for encryption. This can only be provided if <code>KMSKeyId</code> is provided.
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
   * Selects source tables for the integration using Maxwell filter syntax.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code DataFilter}.
   */
  public Integration dataFilter(String value) {
    return set("DataFilter", Value.of(value));
  }

  /** Sets {@code DataFilter} to this value; see {@link #dataFilter(String)}. */
  public Integration dataFilter(Value<String> value) {
    return set("DataFilter", value);
  }

  /**
   * A description for the integration.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
   * {@code Description}.
   */
  public Integration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Integration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The structure used to define properties associated with the zero-ETL integration. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-IntegrationConfig">IntegrationConfig
   * structure.</a>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IntegrationConfig}.
   */
  public Integration integrationConfig(Value<IntegrationConfig> value) {
    return set("IntegrationConfig", value);
  }

  /**
   * A unique name for the integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
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
   * The ARN of a KMS key used for encrypting the channel.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Integration kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Integration kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The ARN for the source of the integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * arn:aws:.*:.*:[0-9]+:.*}. CloudFormation property {@code SourceArn}.
   */
  public Integration sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Integration sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * Metadata assigned to the resource consisting of a list of key-value pairs.
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
   * The ARN for the target of the integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * arn:aws:.*:.*:[0-9]+:.*}. CloudFormation property {@code TargetArn}.
   */
  public Integration targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Integration targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The time when the integration was created, in UTC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The Amazon Resource Name (ARN) for the created integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationArn}.
   */
  public Value<String> integrationArn() {
    return getAtt("IntegrationArn");
  }

  /**
   * The status of the integration being created.
   *
   * <p>The possible statuses are:
   *
   * <ul> <li>CREATING: The integration is being created. <li>ACTIVE: The integration creation
   * succeeds. <li>MODIFYING: The integration is being modified. <li>FAILED: The integration
   * creation fails. <li>DELETING: The integration is deleted. <li>SYNCING: The integration is
   * synchronizing. <li>NEEDS_ATTENTION: The integration needs attention, such as synchronization.
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Properties associated with the integration.
   *
   * <p>Property type {@code AWS::Glue::Integration.IntegrationConfig}.
   */
  public static final class IntegrationConfig extends Struct<IntegrationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Integration.IntegrationConfig")
        .constrain("RefreshInterval", Constraint.of().minLength(1).maxLength(128))
        .build();

    public IntegrationConfig() {
      super(SCHEMA);
    }

    /**
     * Enables continuous synchronization for on-demand data extractions from SaaS applications to
     * AWS data services like Amazon Redshift and Amazon S3.
     *
     * <p>CloudFormation property {@code ContinuousSync}.
     */
    public IntegrationConfig continuousSync(boolean value) {
      return set("ContinuousSync", Value.of(value));
    }

    /** Sets {@code ContinuousSync} to this value; see {@link #continuousSync(boolean)}. */
    public IntegrationConfig continuousSync(Value<Boolean> value) {
      return set("ContinuousSync", value);
    }

    /**
     * Specifies the frequency at which CDC (Change Data Capture) pulls or incremental loads should
     * occur. This parameter provides flexibility to align the refresh rate with your specific data
     * update patterns, system load considerations, and performance optimization goals. Time
     * increment can be set from 15 minutes to 8640 minutes (six days).
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code RefreshInterval}.
     */
    public IntegrationConfig refreshInterval(String value) {
      return set("RefreshInterval", Value.of(value));
    }

    /** Sets {@code RefreshInterval} to this value; see {@link #refreshInterval(String)}. */
    public IntegrationConfig refreshInterval(Value<String> value) {
      return set("RefreshInterval", value);
    }

    /**
     * A collection of key-value pairs that specify additional properties for the integration
     * source. These properties provide configuration options that can be used to customize the
     * behavior of the ODB source during data integration operations.
     *
     * <p>CloudFormation property {@code SourceProperties}.
     */
    public IntegrationConfig sourceProperties(Map<String, String> value) {
      return set("SourceProperties", Value.mapOf(value));
    }

    /** Sets {@code SourceProperties} to this value; see {@link #sourceProperties(Map)}. */
    public IntegrationConfig sourceProperties(Value<Map<String, String>> value) {
      return set("SourceProperties", value);
    }
  }
}
