// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.evidently;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.appconfig.Application;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Creates a project, which is the logical object in Evidently that can contain features, launches,
 * and experiments. Use projects to group similar features together.
 *
 * <p>CloudFormation type {@code AWS::Evidently::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Project")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(160))
      .constrain("Name", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Use this parameter if the project will use <em>client-side evaluation powered by AWS
   * AppConfig</em> . Client-side evaluation allows your application to assign variations to user
   * sessions locally instead of by calling the <a
   * href="https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_EvaluateFeature.html">EvaluateFeature</a>
   * operation. This mitigates the latency and availability risks that come with an API call. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-client-side-evaluation.html">Use
   * client-side evaluation - powered by AWS AppConfig .</a>
   *
   * <p>This parameter is a structure that contains information about the AWS AppConfig application
   * that will be used as for client-side evaluation.
   *
   * <p>To create a project that uses client-side evaluation, you must have the
   * <code>evidently:ExportProjectAsConfiguration</code> permission.
   *
   * <p>CloudFormation property {@code AppConfigResource}.
   */
  public Project appConfigResource(Value<AppConfigResourceObject> value) {
    return set("AppConfigResource", value);
  }

  /**
   * A structure that contains information about where Evidently is to store evaluation events for
   * longer term storage, if you choose to do so. If you choose not to store these events, Evidently
   * deletes them after using them to produce metrics and other experiment results that you can
   * view.
   *
   * <p>You can't specify both <code>CloudWatchLogs</code> and <code>S3Destination</code> in the
   * same operation.
   *
   * <p>CloudFormation property {@code DataDelivery}.
   */
  public Project dataDelivery(Value<DataDeliveryObject> value) {
    return set("DataDelivery", value);
  }

  /**
   * An optional description of the project.
   *
   * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
   */
  public Project description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Project description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name for the project. It can include up to 127 characters.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * [-a-zA-Z0-9._]*}. CloudFormation property {@code Name}.
   */
  public Project name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Project name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Assigns one or more tags (key-value pairs) to the project.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with a project.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Project tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Project tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Project tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the project. For example,
   * <code>arn:aws:evidently:us-west-2:0123455678912:project/myProject</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * This is a structure that defines the configuration of how your application integrates with AWS
   * AppConfig to run client-side evaluation.
   *
   * <p>Property type {@code AWS::Evidently::Project.AppConfigResourceObject}.
   */
  public static final class AppConfigResourceObject extends Struct<AppConfigResourceObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Project.AppConfigResourceObject")
        .required("ApplicationId", "EnvironmentId")
        .constrain("ApplicationId", Constraint.of().pattern("[a-z0-9]{4,7}"))
        .references("ApplicationId", "AWS::AppConfig::Application.Ref")
        .constrain("EnvironmentId", Constraint.of().pattern("[a-z0-9]{4,7}"))
        .build();

    public AppConfigResourceObject() {
      super(SCHEMA);
    }

    /**
     * The ID of the AWS AppConfig application to use for client-side evaluation.
     *
     * <p>Required. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation property {@code ApplicationId}.
     */
    public AppConfigResourceObject applicationId(String value) {
      return set("ApplicationId", Value.of(value));
    }

    /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
    public AppConfigResourceObject applicationId(Value<String> value) {
      return set("ApplicationId", value);
    }

    /**
     * Sets {@code ApplicationId} to the Ref of {@code AWS::AppConfig::Application}; see {@link
     * #applicationId(String)}.
     */
    public AppConfigResourceObject applicationId(Application resource) {
      return set("ApplicationId", resource.ref());
    }

    /**
     * The ID of the AWS AppConfig environment to use for client-side evaluation.
     *
     * <p>Required. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation property {@code EnvironmentId}.
     */
    public AppConfigResourceObject environmentId(String value) {
      return set("EnvironmentId", Value.of(value));
    }

    /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
    public AppConfigResourceObject environmentId(Value<String> value) {
      return set("EnvironmentId", value);
    }
  }

  /**
   * A structure that contains information about where Evidently is to store evaluation events for
   * longer term storage.
   *
   * <p>Property type {@code AWS::Evidently::Project.DataDeliveryObject}.
   */
  public static final class DataDeliveryObject extends Struct<DataDeliveryObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Project.DataDeliveryObject")
        .constrain("LogGroup", Constraint.of().pattern("^[-a-zA-Z0-9._/]+$").minLength(1).maxLength(512))
        .references("LogGroup", "AWS::Logs::LogGroup.Ref")
        .build();

    public DataDeliveryObject() {
      super(SCHEMA);
    }

    /**
     * If the project stores evaluation events in CloudWatch Logs , this structure stores the log
     * group name.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[-a-zA-Z0-9._/]+$}. CloudFormation property
     * {@code LogGroup}.
     */
    public DataDeliveryObject logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public DataDeliveryObject logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Sets {@code LogGroup} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroup(String)}.
     */
    public DataDeliveryObject logGroup(LogGroup resource) {
      return set("LogGroup", resource.ref());
    }

    /**
     * If the project stores evaluation events in an Amazon S3 bucket, this structure stores the
     * bucket name and bucket prefix.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public DataDeliveryObject s3(Value<S3Destination> value) {
      return set("S3", value);
    }
  }

  /**
   * If the project stores evaluation events in an Amazon S3 bucket, this structure stores the
   * bucket name and bucket prefix.
   *
   * <p>Property type {@code AWS::Evidently::Project.S3Destination}.
   */
  public static final class S3Destination extends Struct<S3Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Project.S3Destination")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("^[a-z0-9][-a-z0-9]*[a-z0-9]$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("Prefix", Constraint.of().pattern("^[-a-zA-Z0-9!_.*'()/]*$").minLength(1).maxLength(1024))
        .build();

    public S3Destination() {
      super(SCHEMA);
    }

    /**
     * The name of the bucket in which Evidently stores evaluation events.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[a-z0-9][-a-z0-9]*[a-z0-9]$}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Destination bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Destination bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3Destination bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The bucket prefix in which Evidently stores evaluation events.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[-a-zA-Z0-9!_.*'()/]*$}. CloudFormation
     * property {@code Prefix}.
     */
    public S3Destination prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3Destination prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }
}
