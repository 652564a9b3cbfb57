// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::GameLift::Script</code> resource creates a new script record for your Realtime
 * Servers script. Realtime scripts are JavaScript that provide configuration settings and optional
 * custom game logic for your game. The script is deployed when you create a Realtime Servers fleet
 * to host your game sessions. Script logic is executed during an active game session.
 *
 * <p>CloudFormation type {@code AWS::GameLift::Script}.
 */
public final class Script extends Resource<Script> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Script")
      .required("StorageLocation")
      .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
      .constrain("NodeJsVersion", Constraint.of().pattern("^\\d+\\.[x0-9]+$").minLength(0).maxLength(16))
      .constrain("Version", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "Id", "SizeOnDisk")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Script(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A descriptive label that is associated with a script. Script names do not need to be unique.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Name}.
   */
  public Script name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Script name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Node.js version used for execution of the Realtime script.
   *
   * <p>Changing it replaces the resource. Length: 0 to 16 characters. Pattern: {@code
   * ^&#92;d+&#92;.[x0-9]+$}. CloudFormation property {@code NodeJsVersion}.
   */
  public Script nodeJsVersion(String value) {
    return set("NodeJsVersion", Value.of(value));
  }

  /** Sets {@code NodeJsVersion} to this value; see {@link #nodeJsVersion(String)}. */
  public Script nodeJsVersion(Value<String> value) {
    return set("NodeJsVersion", value);
  }

  /**
   * The location of the Amazon S3 bucket where a zipped file containing your Realtime scripts is
   * stored. The storage location must specify the Amazon S3 bucket name, the zip file name (the
   * "key"), and a role ARN that allows Amazon GameLift Servers to access the Amazon S3 storage
   * location. The S3 bucket must be in the same Region where you want to create a new script. By
   * default, Amazon GameLift Servers uploads the latest version of the zip file; if you have S3
   * object versioning turned on, you can use the <code>ObjectVersion</code> parameter to specify an
   * earlier version.
   *
   * <p>Required. CloudFormation property {@code StorageLocation}.
   */
  public Script storageLocation(Value<S3Location> value) {
    return set("StorageLocation", value);
  }

  /**
   * Sets {@code StorageLocation} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #storageLocation(Value)}.
   */
  public Script storageLocation(Asset asset) {
    return set("StorageLocation", new S3Location().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * A list of labels to assign to the new script resource. Tags are developer-defined key-value
   * pairs. Tagging AWS resources are useful for resource management, access management and cost
   * allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> . Once the resource is created, you can use TagResource,
   * UntagResource, and ListTagsForResource to add, remove, and view tags. The maximum tag limit may
   * be lower than stated. See the AWS General Reference for actual tagging limits.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Script tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Script tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Script tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The version that is associated with a build or script. Version strings do not need to be
   * unique.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Version}.
   */
  public Script version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Script version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The unique Amazon Resource Name (ARN) for the script.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A time stamp indicating when this data object was created. Format is a number expressed in Unix
   * time as milliseconds (for example <code>"1469498468.057"</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique identifier for a Realtime script.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The file size of the uploaded Realtime script, expressed in bytes. When files are uploaded from
   * an S3 location, this value remains at "0".
   *
   * <p>{@code Fn::GetAtt} attribute {@code SizeOnDisk}.
   */
  public Value<Integer> sizeOnDisk() {
    return getAtt("SizeOnDisk");
  }

  /**
   * The location in Amazon S3 where build or script files can be stored for access by Amazon
   * GameLift.
   *
   * <p>Property type {@code AWS::GameLift::Script.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Script.S3Location")
        .required("Bucket", "Key", "RoleArn")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("Key", Constraint.of().minLength(1))
        .constrain("ObjectVersion", Constraint.of().minLength(1))
        .constrain("RoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * An Amazon S3 bucket identifier. Thename of the S3 bucket.
     *
     * <p>Amazon GameLift Servers doesn't support uploading from Amazon S3 buckets with names that
     * contain a dot (.).
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the zip file that contains the build files or script files.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The version of the file, if object versioning is turned on for the bucket. Amazon GameLift
     * Servers uses this information when retrieving files from an S3 bucket that you own. Use this
     * parameter to specify a specific version of the file. If not set, the latest version of the
     * file is retrieved.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code ObjectVersion}.
     */
    public S3Location objectVersion(String value) {
      return set("ObjectVersion", Value.of(value));
    }

    /** Sets {@code ObjectVersion} to this value; see {@link #objectVersion(String)}. */
    public S3Location objectVersion(Value<String> value) {
      return set("ObjectVersion", value);
    }

    /**
     * The Amazon Resource Name ( <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) for an
     * IAM role that allows Amazon GameLift Servers to access the S3 bucket.
     *
     * <p>Required. Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public S3Location roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3Location roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
