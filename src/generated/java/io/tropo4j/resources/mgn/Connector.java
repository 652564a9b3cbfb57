// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mgn;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::MGN::Connector. A Connector provides connectivity between a source
 * environment and Application Migration Service (MGN) via AWS Systems Manager (SSM).
 *
 * <p>CloudFormation type {@code AWS::MGN::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::MGN::Connector")
      .required("Name", "SsmInstanceID")
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("SsmInstanceID", Constraint.of().pattern("(^i-[0-9a-zA-Z]{17}$)|(^mi-[0-9a-zA-Z]{17}$)").minLength(19).maxLength(20))
      .refYields("Arn")
      .attributes("Arn", "ConnectorID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the connector.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9_-]+$}. CloudFormation
   * property {@code Name}.
   */
  public Connector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Connector name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * SSM command configuration for the connector.
   *
   * <p>CloudFormation property {@code SsmCommandConfig}.
   */
  public Connector ssmCommandConfig(Value<ConnectorSsmCommandConfig> value) {
    return set("SsmCommandConfig", value);
  }

  /**
   * The SSM instance ID associated with this connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 19 to 20 characters. Pattern: {@code
   * (^i-[0-9a-zA-Z]{17}$)|(^mi-[0-9a-zA-Z]{17}$)}. CloudFormation property {@code SsmInstanceID}.
   */
  public Connector ssmInstanceID(String value) {
    return set("SsmInstanceID", Value.of(value));
  }

  /** Sets {@code SsmInstanceID} to this value; see {@link #ssmInstanceID(String)}. */
  public Connector ssmInstanceID(Value<String> value) {
    return set("SsmInstanceID", value);
  }

  /**
   * Tags to assign to the connector.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorID}.
   */
  public Value<String> connectorID() {
    return getAtt("ConnectorID");
  }

  /**
   * SSM command configuration for the connector.
   *
   * <p>Property type {@code AWS::MGN::Connector.ConnectorSsmCommandConfig}.
   */
  public static final class ConnectorSsmCommandConfig extends Struct<ConnectorSsmCommandConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::Connector.ConnectorSsmCommandConfig")
        .required("CloudWatchOutputEnabled", "S3OutputEnabled")
        .constrain("CloudWatchLogGroupName", Constraint.of().pattern("^[.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512))
        .constrain("OutputS3BucketName", Constraint.of().pattern("^[a-zA-Z0-9.\\-_]{1,255}$"))
        .build();

    public ConnectorSsmCommandConfig() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch Logs group name for SSM command output.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[.&#92;-_/#A-Za-z0-9]+$}. CloudFormation
     * property {@code CloudWatchLogGroupName}.
     */
    public ConnectorSsmCommandConfig cloudWatchLogGroupName(String value) {
      return set("CloudWatchLogGroupName", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupName} to this value; see {@link
     * #cloudWatchLogGroupName(String)}.
     */
    public ConnectorSsmCommandConfig cloudWatchLogGroupName(Value<String> value) {
      return set("CloudWatchLogGroupName", value);
    }

    /**
     * Whether SSM command output is sent to CloudWatch Logs.
     *
     * <p>Required. CloudFormation property {@code CloudWatchOutputEnabled}.
     */
    public ConnectorSsmCommandConfig cloudWatchOutputEnabled(boolean value) {
      return set("CloudWatchOutputEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchOutputEnabled} to this value; see {@link
     * #cloudWatchOutputEnabled(boolean)}.
     */
    public ConnectorSsmCommandConfig cloudWatchOutputEnabled(Value<Boolean> value) {
      return set("CloudWatchOutputEnabled", value);
    }

    /**
     * The S3 bucket name for SSM command output.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9.&#92;-_]{1,255}$}. CloudFormation property {@code
     * OutputS3BucketName}.
     */
    public ConnectorSsmCommandConfig outputS3BucketName(String value) {
      return set("OutputS3BucketName", Value.of(value));
    }

    /** Sets {@code OutputS3BucketName} to this value; see {@link #outputS3BucketName(String)}. */
    public ConnectorSsmCommandConfig outputS3BucketName(Value<String> value) {
      return set("OutputS3BucketName", value);
    }

    /**
     * Whether SSM command output is stored in S3.
     *
     * <p>Required. CloudFormation property {@code S3OutputEnabled}.
     */
    public ConnectorSsmCommandConfig s3OutputEnabled(boolean value) {
      return set("S3OutputEnabled", Value.of(value));
    }

    /** Sets {@code S3OutputEnabled} to this value; see {@link #s3OutputEnabled(boolean)}. */
    public ConnectorSsmCommandConfig s3OutputEnabled(Value<Boolean> value) {
      return set("S3OutputEnabled", value);
    }
  }
}
