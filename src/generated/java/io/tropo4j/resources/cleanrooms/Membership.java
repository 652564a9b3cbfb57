// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a membership for a specific collaboration identifier and joins the collaboration.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::Membership}.
 */
public final class Membership extends Resource<Membership> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership")
      .required("CollaborationIdentifier", "QueryLogStatus")
      .constrain("CollaborationIdentifier", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(36).maxLength(36))
      .allowed("JobLogStatus", "ENABLED", "DISABLED")
      .allowed("QueryLogStatus", "ENABLED", "DISABLED")
      .refYields("MembershipIdentifier")
      .attributes("Arn", "CollaborationArn", "CollaborationCreatorAccountId",
          "MembershipIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Membership(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID for the associated collaboration.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. CloudFormation property {@code
   * CollaborationIdentifier}.
   */
  public Membership collaborationIdentifier(String value) {
    return set("CollaborationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code CollaborationIdentifier} to this value; see {@link
   * #collaborationIdentifier(String)}.
   */
  public Membership collaborationIdentifier(Value<String> value) {
    return set("CollaborationIdentifier", value);
  }

  /**
   * The default job result configuration for the membership.
   *
   * <p>CloudFormation property {@code DefaultJobResultConfiguration}.
   */
  public Membership defaultJobResultConfiguration(Value<MembershipProtectedJobResultConfiguration> value) {
    return set("DefaultJobResultConfiguration", value);
  }

  /**
   * The default protected query result configuration as specified by the member who can receive
   * results.
   *
   * <p>CloudFormation property {@code DefaultResultConfiguration}.
   */
  public Membership defaultResultConfiguration(Value<MembershipProtectedQueryResultConfiguration> value) {
    return set("DefaultResultConfiguration", value);
  }

  /** CloudFormation property {@code IsMetricsEnabled}. */
  public Membership isMetricsEnabled(boolean value) {
    return set("IsMetricsEnabled", Value.of(value));
  }

  /** Sets {@code IsMetricsEnabled} to this value; see {@link #isMetricsEnabled(boolean)}. */
  public Membership isMetricsEnabled(Value<Boolean> value) {
    return set("IsMetricsEnabled", value);
  }

  /**
   * An indicator as to whether job logging has been enabled or disabled for the collaboration.
   *
   * <p>When <code>ENABLED</code> , AWS Clean Rooms logs details about jobs run within this
   * collaboration and those logs can be viewed in Amazon CloudWatch Logs. The default value is
   * <code>DISABLED</code> .
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * JobLogStatus}.
   */
  public Membership jobLogStatus(String value) {
    return set("JobLogStatus", Value.of(value));
  }

  /** Sets {@code JobLogStatus} to this value; see {@link #jobLogStatus(String)}. */
  public Membership jobLogStatus(Value<String> value) {
    return set("JobLogStatus", value);
  }

  /**
   * The payment responsibilities accepted by the collaboration member.
   *
   * <p>CloudFormation property {@code PaymentConfiguration}.
   */
  public Membership paymentConfiguration(Value<MembershipPaymentConfiguration> value) {
    return set("PaymentConfiguration", value);
  }

  /**
   * An indicator as to whether query logging has been enabled or disabled for the membership.
   *
   * <p>When <code>ENABLED</code> , AWS Clean Rooms logs details about queries run within this
   * collaboration and those logs can be viewed in Amazon CloudWatch Logs. The default value is
   * <code>DISABLED</code> .
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * QueryLogStatus}.
   */
  public Membership queryLogStatus(String value) {
    return set("QueryLogStatus", Value.of(value));
  }

  /** Sets {@code QueryLogStatus} to this value; see {@link #queryLogStatus(String)}. */
  public Membership queryLogStatus(Value<String> value) {
    return set("QueryLogStatus", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Membership tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Membership tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Membership tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified membership.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:membership/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified collaboration.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:collaboration/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationArn}.
   */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /**
   * Returns the unique identifier of the specified collaboration creator account.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationCreatorAccountId}.
   */
  public Value<String> collaborationCreatorAccountId() {
    return getAtt("CollaborationCreatorAccountId");
  }

  /**
   * Returns the unique identifier of the specified membership.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE22222</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipIdentifier}.
   */
  public Value<String> membershipIdentifier() {
    return getAtt("MembershipIdentifier");
  }

  /**
   * An object representing the payment responsibilities accepted by the collaboration member for
   * query and job compute costs.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipJobComputePaymentConfig}.
   */
  public static final class MembershipJobComputePaymentConfig extends Struct<MembershipJobComputePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipJobComputePaymentConfig")
        .required("IsResponsible")
        .build();

    public MembershipJobComputePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration member has accepted to pay for job compute costs (
     * <code>TRUE</code> ) or has not accepted to pay for query and job compute costs (
     * <code>FALSE</code> ).
     *
     * <p>There is only one member who pays for queries and jobs.
     *
     * <p>An error message is returned for the following reasons:
     *
     * <ul> <li>If you set the value to <code>FALSE</code> but you are responsible to pay for query
     * and job compute costs. <li>If you set the value to <code>TRUE</code> but you are not
     * responsible to pay for query and job compute costs. </ul>
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public MembershipJobComputePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public MembershipJobComputePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * An object representing the collaboration member's machine learning payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipMLPaymentConfig}.
   */
  public static final class MembershipMLPaymentConfig extends Struct<MembershipMLPaymentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::Membership.MembershipMLPaymentConfig");

    public MembershipMLPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * The payment responsibilities accepted by the member for model inference.
     *
     * <p>CloudFormation property {@code ModelInference}.
     */
    public MembershipMLPaymentConfig modelInference(Value<MembershipModelInferencePaymentConfig> value) {
      return set("ModelInference", value);
    }

    /**
     * The payment responsibilities accepted by the member for model training.
     *
     * <p>CloudFormation property {@code ModelTraining}.
     */
    public MembershipMLPaymentConfig modelTraining(Value<MembershipModelTrainingPaymentConfig> value) {
      return set("ModelTraining", value);
    }

    /**
     * The payment configuration for synthetic data generation for this machine learning membership.
     *
     * <p>CloudFormation property {@code SyntheticDataGeneration}.
     */
    public MembershipMLPaymentConfig syntheticDataGeneration(Value<MembershipSyntheticDataGenerationPaymentConfig> value) {
      return set("SyntheticDataGeneration", value);
    }
  }

  /**
   * An object representing the collaboration member's model inference payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipModelInferencePaymentConfig}.
   */
  public static final class MembershipModelInferencePaymentConfig extends Struct<MembershipModelInferencePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipModelInferencePaymentConfig")
        .required("IsResponsible")
        .build();

    public MembershipModelInferencePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration member has accepted to pay for model inference costs (
     * <code>TRUE</code> ) or has not accepted to pay for model inference costs ( <code>FALSE</code>
     * ).
     *
     * <p>If the collaboration creator has not specified anyone to pay for model inference costs,
     * then the member who can query is the default payer.
     *
     * <p>An error message is returned for the following reasons:
     *
     * <ul> <li>If you set the value to <code>FALSE</code> but you are responsible to pay for model
     * inference costs. <li>If you set the value to <code>TRUE</code> but you are not responsible to
     * pay for model inference costs. </ul>
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public MembershipModelInferencePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public MembershipModelInferencePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * An object representing the collaboration member's model training payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipModelTrainingPaymentConfig}.
   */
  public static final class MembershipModelTrainingPaymentConfig extends Struct<MembershipModelTrainingPaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipModelTrainingPaymentConfig")
        .required("IsResponsible")
        .build();

    public MembershipModelTrainingPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration member has accepted to pay for model training costs (
     * <code>TRUE</code> ) or has not accepted to pay for model training costs ( <code>FALSE</code>
     * ).
     *
     * <p>If the collaboration creator has not specified anyone to pay for model training costs,
     * then the member who can query is the default payer.
     *
     * <p>An error message is returned for the following reasons:
     *
     * <ul> <li>If you set the value to <code>FALSE</code> but you are responsible to pay for model
     * training costs. <li>If you set the value to <code>TRUE</code> but you are not responsible to
     * pay for model training costs. </ul>
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public MembershipModelTrainingPaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public MembershipModelTrainingPaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * An object representing the payment responsibilities accepted by the collaboration member.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipPaymentConfiguration}.
   */
  public static final class MembershipPaymentConfiguration extends Struct<MembershipPaymentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipPaymentConfiguration")
        .required("QueryCompute")
        .build();

    public MembershipPaymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The payment responsibilities accepted by the collaboration member for job compute costs.
     *
     * <p>CloudFormation property {@code JobCompute}.
     */
    public MembershipPaymentConfiguration jobCompute(Value<MembershipJobComputePaymentConfig> value) {
      return set("JobCompute", value);
    }

    /**
     * The payment responsibilities accepted by the collaboration member for machine learning costs.
     *
     * <p>CloudFormation property {@code MachineLearning}.
     */
    public MembershipPaymentConfiguration machineLearning(Value<MembershipMLPaymentConfig> value) {
      return set("MachineLearning", value);
    }

    /**
     * The payment responsibilities accepted by the collaboration member for query compute costs.
     *
     * <p>Required. CloudFormation property {@code QueryCompute}.
     */
    public MembershipPaymentConfiguration queryCompute(Value<MembershipQueryComputePaymentConfig> value) {
      return set("QueryCompute", value);
    }
  }

  /**
   * Contains configurations for protected job results.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipProtectedJobOutputConfiguration}.
   */
  public static final class MembershipProtectedJobOutputConfiguration extends Struct<MembershipProtectedJobOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipProtectedJobOutputConfiguration")
        .required("S3")
        .build();

    public MembershipProtectedJobOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration to write the job results to S3.
     *
     * <p>Required. CloudFormation property {@code S3}.
     */
    public MembershipProtectedJobOutputConfiguration s3(Value<ProtectedJobS3OutputConfigurationInput> value) {
      return set("S3", value);
    }
  }

  /**
   * Contains configurations for protected job results.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipProtectedJobResultConfiguration}.
   */
  public static final class MembershipProtectedJobResultConfiguration extends Struct<MembershipProtectedJobResultConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipProtectedJobResultConfiguration")
        .required("OutputConfiguration", "RoleArn")
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$").minLength(32).maxLength(512).format("AWS::IAM::Role.Arn"))
        .build();

    public MembershipProtectedJobResultConfiguration() {
      super(SCHEMA);
    }

    /**
     * The output configuration for a protected job result.
     *
     * <p>Required. CloudFormation property {@code OutputConfiguration}.
     */
    public MembershipProtectedJobResultConfiguration outputConfiguration(Value<MembershipProtectedJobOutputConfiguration> value) {
      return set("OutputConfiguration", value);
    }

    /**
     * The unique ARN for an IAM role that is used by AWS Clean Rooms to write protected job results
     * to the result location, given by the member who can receive results.
     *
     * <p>Required. Length: 32 to 512 characters. Pattern: {@code
     * ^arn:aws:iam::[&#92;w]+:role/[&#92;w+=./&#64;-]+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public MembershipProtectedJobResultConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MembershipProtectedJobResultConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Contains configurations for protected query results.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::Membership.MembershipProtectedQueryOutputConfiguration}.
   */
  public static final class MembershipProtectedQueryOutputConfiguration extends Struct<MembershipProtectedQueryOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipProtectedQueryOutputConfiguration")
        .required("S3")
        .build();

    public MembershipProtectedQueryOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required configuration for a protected query with an <code>s3</code> output type.
     *
     * <p>Required. CloudFormation property {@code S3}.
     */
    public MembershipProtectedQueryOutputConfiguration s3(Value<ProtectedQueryS3OutputConfiguration> value) {
      return set("S3", value);
    }
  }

  /**
   * Contains configurations for protected query results.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::Membership.MembershipProtectedQueryResultConfiguration}.
   */
  public static final class MembershipProtectedQueryResultConfiguration extends Struct<MembershipProtectedQueryResultConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipProtectedQueryResultConfiguration")
        .required("OutputConfiguration")
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$").minLength(32).maxLength(512).format("AWS::IAM::Role.Arn"))
        .build();

    public MembershipProtectedQueryResultConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for protected query results.
     *
     * <p>Required. CloudFormation property {@code OutputConfiguration}.
     */
    public MembershipProtectedQueryResultConfiguration outputConfiguration(Value<MembershipProtectedQueryOutputConfiguration> value) {
      return set("OutputConfiguration", value);
    }

    /**
     * The unique ARN for an IAM role that is used by AWS Clean Rooms to write protected query
     * results to the result location, given by the member who can receive results.
     *
     * <p>Length: 32 to 512 characters. Pattern: {@code
     * ^arn:aws:iam::[&#92;w]+:role/[&#92;w+=./&#64;-]+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public MembershipProtectedQueryResultConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MembershipProtectedQueryResultConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * An object representing the payment responsibilities accepted by the collaboration member for
   * query compute costs.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.MembershipQueryComputePaymentConfig}.
   */
  public static final class MembershipQueryComputePaymentConfig extends Struct<MembershipQueryComputePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipQueryComputePaymentConfig")
        .required("IsResponsible")
        .build();

    public MembershipQueryComputePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration member has accepted to pay for query compute costs (
     * <code>TRUE</code> ) or has not accepted to pay for query compute costs ( <code>FALSE</code>
     * ).
     *
     * <p>If the collaboration creator has not specified anyone to pay for query compute costs, then
     * the member who can query is the default payer.
     *
     * <p>An error message is returned for the following reasons:
     *
     * <ul> <li>If you set the value to <code>FALSE</code> but you are responsible to pay for query
     * compute costs. <li>If you set the value to <code>TRUE</code> but you are not responsible to
     * pay for query compute costs. </ul>
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public MembershipQueryComputePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public MembershipQueryComputePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * Configuration for payment for synthetic data generation in a membership.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::Membership.MembershipSyntheticDataGenerationPaymentConfig}.
   */
  public static final class MembershipSyntheticDataGenerationPaymentConfig extends Struct<MembershipSyntheticDataGenerationPaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.MembershipSyntheticDataGenerationPaymentConfig")
        .required("IsResponsible")
        .build();

    public MembershipSyntheticDataGenerationPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates if this membership is responsible for paying for synthetic data generation.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public MembershipSyntheticDataGenerationPaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public MembershipSyntheticDataGenerationPaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * Contains input information for protected jobs with an S3 output type.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.ProtectedJobS3OutputConfigurationInput}.
   */
  public static final class ProtectedJobS3OutputConfigurationInput extends Struct<ProtectedJobS3OutputConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.ProtectedJobS3OutputConfigurationInput")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .build();

    public ProtectedJobS3OutputConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket for job output.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public ProtectedJobS3OutputConfigurationInput bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public ProtectedJobS3OutputConfigurationInput bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The S3 prefix to unload the protected job results.
     *
     * <p>CloudFormation property {@code KeyPrefix}.
     */
    public ProtectedJobS3OutputConfigurationInput keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public ProtectedJobS3OutputConfigurationInput keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }
  }

  /**
   * Contains the configuration to write the query results to S3.
   *
   * <p>Property type {@code AWS::CleanRooms::Membership.ProtectedQueryS3OutputConfiguration}.
   */
  public static final class ProtectedQueryS3OutputConfiguration extends Struct<ProtectedQueryS3OutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Membership.ProtectedQueryS3OutputConfiguration")
        .required("Bucket", "ResultFormat")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .allowed("ResultFormat", "CSV", "PARQUET")
        .build();

    public ProtectedQueryS3OutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket to unload the protected query results.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public ProtectedQueryS3OutputConfiguration bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public ProtectedQueryS3OutputConfiguration bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The S3 prefix to unload the protected query results.
     *
     * <p>CloudFormation property {@code KeyPrefix}.
     */
    public ProtectedQueryS3OutputConfiguration keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public ProtectedQueryS3OutputConfiguration keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }

    /**
     * Intended file format of the result.
     *
     * <p>Required. Allowed values: {@code CSV}, {@code PARQUET}. CloudFormation property {@code
     * ResultFormat}.
     */
    public ProtectedQueryS3OutputConfiguration resultFormat(String value) {
      return set("ResultFormat", Value.of(value));
    }

    /** Sets {@code ResultFormat} to this value; see {@link #resultFormat(String)}. */
    public ProtectedQueryS3OutputConfiguration resultFormat(Value<String> value) {
      return set("ResultFormat", value);
    }

    /**
     * Indicates whether files should be output as a single file ( <code>TRUE</code> ) or output as
     * multiple files ( <code>FALSE</code> ). This parameter is only supported for analyses with the
     * Spark analytics engine.
     *
     * <p>CloudFormation property {@code SingleFileOutput}.
     */
    public ProtectedQueryS3OutputConfiguration singleFileOutput(boolean value) {
      return set("SingleFileOutput", Value.of(value));
    }

    /** Sets {@code SingleFileOutput} to this value; see {@link #singleFileOutput(boolean)}. */
    public ProtectedQueryS3OutputConfiguration singleFileOutput(Value<Boolean> value) {
      return set("SingleFileOutput", value);
    }
  }
}
