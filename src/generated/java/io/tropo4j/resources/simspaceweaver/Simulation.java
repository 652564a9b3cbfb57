// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.simspaceweaver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::SimSpaceWeaver::Simulation</code> resource to specify a simulation that
 * CloudFormation starts in the AWS Cloud , in your AWS account . In the resource properties section
 * of your template, provide the name of an existing IAM role configured with the proper
 * permissions, and the name of an existing Amazon S3 bucket. Your account must have permissions to
 * read the Amazon S3 bucket. The Amazon S3 bucket must contain a valid schema. The schema must
 * refer to simulation assets that are already uploaded to the AWS Cloud . For more information, see
 * the <a
 * href="https://docs.aws.amazon.com/simspaceweaver/latest/userguide/getting-started_detailed.html">detailed
 * tutorial</a> in the <em>AWS SimSpace Weaver User Guide</em> .
 *
 * <p>Specify a <code>SnapshotS3Location</code> to start a simulation from a snapshot instead of
 * from a schema. When you start a simulation from a snapshot, SimSpace Weaver initializes the
 * entity data in the State Fabric with data saved in the snapshot, starts the spatial and service
 * apps that were running when the snapshot was created, and restores the clock to the appropriate
 * tick. Your app zip files must be in the same location in Amazon S3 as they were in for the
 * original simulation. You must start any custom apps separately. For more information about
 * snapshots, see <a
 * href="https://docs.aws.amazon.com/simspaceweaver/latest/userguide/working-with_snapshots.html">Snapshots</a>
 * in the <em>AWS SimSpace Weaver User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SimSpaceWeaver::Simulation}.
 */
public final class Simulation extends Resource<Simulation> {
  private static final Schema SCHEMA = Schema.builder("AWS::SimSpaceWeaver::Simulation")
      .required("Name", "RoleArn")
      .constrain("MaximumDuration", Constraint.of().minLength(2).maxLength(6))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\-]{1,2048}$").minLength(1).maxLength(2048))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .attributes("DescribePayload")
      .build();

  public Simulation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The maximum running time of the simulation, specified as a number of minutes (m or M), hours (h
   * or H), or days (d or D). The simulation stops when it reaches this limit. The maximum value is
   * <code>14D</code> , or its equivalent in the other units. The default value is <code>14D</code>
   * . A value equivalent to <code>0</code> makes the simulation immediately transition to
   * <code>STOPPING</code> as soon as it reaches <code>STARTED</code> .
   *
   * <p>Changing it replaces the resource. Length: 2 to 6 characters. CloudFormation property {@code
   * MaximumDuration}.
   */
  public Simulation maximumDuration(String value) {
    return set("MaximumDuration", Value.of(value));
  }

  /** Sets {@code MaximumDuration} to this value; see {@link #maximumDuration(String)}. */
  public Simulation maximumDuration(Value<String> value) {
    return set("MaximumDuration", value);
  }

  /**
   * The name of the simulation.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;-]{1,2048}$}. CloudFormation property {@code Name}.
   */
  public Simulation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Simulation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Identity and Access Management ( IAM ) role that the
   * simulation assumes to perform actions. For more information about ARNs, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> . For more information about
   * IAM roles, see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html">IAM
   * roles</a> in the <em>AWS Identity and Access Management User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public Simulation roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Simulation roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The location of the simulation schema in Amazon Simple Storage Service ( Amazon S3 ). For more
   * information about Amazon S3 , see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html"><em>Amazon Simple
   * Storage Service User Guide</em></a> .
   *
   * <p>Provide a <code>SchemaS3Location</code> to start your simulation from a schema.
   *
   * <p>If you provide a <code>SchemaS3Location</code> then you can't provide a
   * <code>SnapshotS3Location</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SchemaS3Location}.
   */
  public Simulation schemaS3Location(Value<S3Location> value) {
    return set("SchemaS3Location", value);
  }

  /**
   * The location of the snapshot in Amazon Simple Storage Service ( Amazon S3 ). For more
   * information about Amazon S3 , see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html"><em>Amazon Simple
   * Storage Service User Guide</em></a> .
   *
   * <p>Provide a <code>SnapshotS3Location</code> to start your simulation from a snapshot.
   *
   * <p>If you provide a <code>SnapshotS3Location</code> then you can't provide a
   * <code>SchemaS3Location</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotS3Location}.
   */
  public Simulation snapshotS3Location(Value<S3Location> value) {
    return set("SnapshotS3Location", value);
  }

  /**
   * The JSON blob that the <a
   * href="https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_DescribeSimulation.html">DescribeSimulation</a>
   * action returns.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DescribePayload}.
   */
  public Value<String> describePayload() {
    return getAtt("DescribePayload");
  }

  /**
   * A location in Amazon Simple Storage Service ( Amazon S3 ) where SimSpace Weaver stores
   * simulation data, such as your app .zip files and schema file. For more information about Amazon
   * S3 , see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html"><em>Amazon Simple
   * Storage Service User Guide</em></a> .
   *
   * <p>Property type {@code AWS::SimSpaceWeaver::Simulation.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::SimSpaceWeaver::Simulation.S3Location")
        .required("BucketName", "ObjectKey")
        .constrain("BucketName", Constraint.of().pattern("[a-zA-Z0-9_\\-]{3,63}$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("ObjectKey", Constraint.of().minLength(3).maxLength(255))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The name of an Amazon S3 bucket. For more information about buckets, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/creating-buckets-s3.html">Creating,
     * configuring, and working with Amazon S3 buckets</a> in the <em>Amazon Simple Storage Service
     * User Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * [a-zA-Z0-9_&#92;-]{3,63}$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property
     * {@code BucketName}.
     */
    public S3Location bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Location bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The key name of an object in Amazon S3. For more information about Amazon S3 objects and
     * object keys, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/uploading-downloading-objects.html">Uploading,
     * downloading, and working with objects in Amazon S3</a> in the <em>Amazon Simple Storage
     * Service User Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation
     * property {@code ObjectKey}.
     */
    public S3Location objectKey(String value) {
      return set("ObjectKey", Value.of(value));
    }

    /** Sets {@code ObjectKey} to this value; see {@link #objectKey(String)}. */
    public S3Location objectKey(Value<String> value) {
      return set("ObjectKey", value);
    }
  }
}
