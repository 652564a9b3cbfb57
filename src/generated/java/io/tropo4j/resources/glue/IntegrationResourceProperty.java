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

/**
 * The <code>AWS::Glue::IntegrationResourceProperty</code> resource type can be used to setup
 * <code>ResourceProperty</code> of the AWS Glue connection (for the SaaS source), DynamoDB Database
 * (for DynamoDB source), or AWS Glue database ARN (for the target). ResourceProperty is used to
 * define the properties requires to setup the integration, including the role to access the
 * connection or database, KMS keys, event bus for event notifications and VPC connection. To set
 * both source and target properties the same API needs to be invoked twice, once with the AWS Glue
 * connection ARN as ResourceArn with SourceProcessingProperties and next, with the AWS Glue
 * database ARN as ResourceArn with TargetProcessingProperties respectively.
 *
 * <p>CloudFormation type {@code AWS::Glue::IntegrationResourceProperty}.
 */
public final class IntegrationResourceProperty extends Resource<IntegrationResourceProperty> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::IntegrationResourceProperty")
      .required("ResourceArn")
      .constrain("ResourceArn", Constraint.of().pattern("arn:aws:.*:.*:[0-9]+:.*").minLength(1).maxLength(512))
      .attributes("ResourcePropertyArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IntegrationResourceProperty(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The connection ARN of the source, or the database ARN of the target.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * arn:aws:.*:.*:[0-9]+:.*}. CloudFormation property {@code ResourceArn}.
   */
  public IntegrationResourceProperty resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public IntegrationResourceProperty resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * The resource properties associated with the integration source.
   *
   * <p>CloudFormation property {@code SourceProcessingProperties}.
   */
  public IntegrationResourceProperty sourceProcessingProperties(Value<SourceProcessingProperties> value) {
    return set("SourceProcessingProperties", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IntegrationResourceProperty tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IntegrationResourceProperty tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IntegrationResourceProperty tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The structure used to define the resource properties associated with the integration target.
   *
   * <p>CloudFormation property {@code TargetProcessingProperties}.
   */
  public IntegrationResourceProperty targetProcessingProperties(Value<TargetProcessingProperties> value) {
    return set("TargetProcessingProperties", value);
  }

  /**
   * The integration resource property ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourcePropertyArn}.
   */
  public Value<String> resourcePropertyArn() {
    return getAtt("ResourcePropertyArn");
  }

  /**
   * The structure used to define the resource properties associated with the integration source.
   *
   * <p>Property type {@code AWS::Glue::IntegrationResourceProperty.SourceProcessingProperties}.
   */
  public static final class SourceProcessingProperties extends Struct<SourceProcessingProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::IntegrationResourceProperty.SourceProcessingProperties")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().minLength(1).maxLength(128).format("AWS::IAM::Role.Arn"))
        .build();

    public SourceProcessingProperties() {
      super(SCHEMA);
    }

    /**
     * The IAM role to access the AWS Glue connection.
     *
     * <p>Required. Length: 1 to 128 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
     */
    public SourceProcessingProperties roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SourceProcessingProperties roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The structure used to define the resource properties associated with the integration target.
   *
   * <p>Property type {@code AWS::Glue::IntegrationResourceProperty.TargetProcessingProperties}.
   */
  public static final class TargetProcessingProperties extends Struct<TargetProcessingProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::IntegrationResourceProperty.TargetProcessingProperties")
        .required("RoleArn")
        .constrain("ConnectionName", Constraint.of().minLength(1).maxLength(128))
        .constrain("EventBusArn", Constraint.of().minLength(1).maxLength(128))
        .constrain("KmsArn", Constraint.of().pattern("arn:aws:kms:.*:[0-9]+:.*").minLength(1).maxLength(128).format("AWS::KMS::Key.Arn"))
        .constrain("RoleArn", Constraint.of().pattern("arn:aws:iam:.*:[0-9]+:.*").minLength(1).maxLength(128).format("AWS::IAM::Role.Arn"))
        .build();

    public TargetProcessingProperties() {
      super(SCHEMA);
    }

    /**
     * The AWS Glue network connection to configure the AWS Glue job running in the customer VPC.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code ConnectionName}.
     */
    public TargetProcessingProperties connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public TargetProcessingProperties connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * The ARN of an Eventbridge event bus to receive the integration status notification.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code EventBusArn}.
     */
    public TargetProcessingProperties eventBusArn(String value) {
      return set("EventBusArn", Value.of(value));
    }

    /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
    public TargetProcessingProperties eventBusArn(Value<String> value) {
      return set("EventBusArn", value);
    }

    /**
     * The ARN of the KMS key used for encryption.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code arn:aws:kms:.*:[0-9]+:.*}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsArn}.
     */
    public TargetProcessingProperties kmsArn(String value) {
      return set("KmsArn", Value.of(value));
    }

    /** Sets {@code KmsArn} to this value; see {@link #kmsArn(String)}. */
    public TargetProcessingProperties kmsArn(Value<String> value) {
      return set("KmsArn", value);
    }

    /**
     * The IAM role to access the AWS Glue database.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code arn:aws:iam:.*:[0-9]+:.*}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public TargetProcessingProperties roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public TargetProcessingProperties roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
