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
 * The <code>AWS::GameLift::Build</code> resource creates a game server build that is installed and
 * run on instances in an Amazon GameLift fleet. This resource points to an Amazon S3 location that
 * contains a zip file with all of the components of the game server build.
 *
 * <p>CloudFormation type {@code AWS::GameLift::Build}.
 */
public final class Build extends Resource<Build> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Build")
      .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
      .allowed("OperatingSystem", "AMAZON_LINUX", "AMAZON_LINUX_2", "AMAZON_LINUX_2023",
          "WINDOWS_2012", "WINDOWS_2016", "WINDOWS_2022")
      .constrain("ServerSdkVersion", Constraint.of().pattern("^\\d+\\.\\d+\\.\\d+$").minLength(0).maxLength(128))
      .constrain("Version", Constraint.of().minLength(1).maxLength(1024))
      .refYields("BuildId")
      .attributes("BuildArn", "BuildId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Build(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A descriptive label that is associated with a build. Build names do not need to be unique.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Name}.
   */
  public Build name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Build name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The operating system that your game server binaries run on. This value determines the type of
   * fleet resources that you use for this build. If your game build contains multiple executables,
   * they all must run on the same operating system. You must specify a valid operating system in
   * this request. There is no default value. You can't change a build's operating system later.
   *
   * <p>Amazon Linux 2 (AL2) will reach end of support on 6/30/2025. See more details in the <a
   * href="https://docs.aws.amazon.com/amazon-linux-2/faqs/">Amazon Linux 2 FAQs</a> . For game
   * servers that are hosted on AL2 and use server SDK version 4.x for Amazon GameLift Servers,
   * first update the game server build to server SDK 5.x, and then deploy to AL2023 instances. See
   * <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/reference-serversdk5-migration.html">Migrate
   * to server SDK version 5.</a>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AMAZON_LINUX}, {@code
   * AMAZON_LINUX_2}, {@code AMAZON_LINUX_2023}, {@code WINDOWS_2012}, {@code WINDOWS_2016}, {@code
   * WINDOWS_2022}. CloudFormation property {@code OperatingSystem}.
   */
  public Build operatingSystem(String value) {
    return set("OperatingSystem", Value.of(value));
  }

  /** Sets {@code OperatingSystem} to this value; see {@link #operatingSystem(String)}. */
  public Build operatingSystem(Value<String> value) {
    return set("OperatingSystem", value);
  }

  /**
   * A server SDK version you used when integrating your game server build with Amazon GameLift
   * Servers. For more information see <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/integration-custom-intro.html">Integrate
   * games with custom game servers</a> . By default Amazon GameLift Servers sets this value to
   * <code>4.0.2</code> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^&#92;d+&#92;.&#92;d+&#92;.&#92;d+$}. CloudFormation property {@code ServerSdkVersion}.
   */
  public Build serverSdkVersion(String value) {
    return set("ServerSdkVersion", Value.of(value));
  }

  /** Sets {@code ServerSdkVersion} to this value; see {@link #serverSdkVersion(String)}. */
  public Build serverSdkVersion(Value<String> value) {
    return set("ServerSdkVersion", value);
  }

  /**
   * Information indicating where your game build files are stored. Use this parameter only when
   * creating a build with files stored in an Amazon S3 bucket that you own. The storage location
   * must specify an Amazon S3 bucket name and key. The location must also specify a role ARN that
   * you set up to allow Amazon GameLift Servers to access your Amazon S3 bucket. The S3 bucket and
   * your new build must be in the same Region.
   *
   * <p>If a <code>StorageLocation</code> is specified, the size of your file can be found in your
   * Amazon S3 bucket. Amazon GameLift Servers will report a <code>SizeOnDisk</code> of 0.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageLocation}.
   */
  public Build storageLocation(Value<StorageLocation> value) {
    return set("StorageLocation", value);
  }

  /**
   * Sets {@code StorageLocation} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #storageLocation(Value)}.
   */
  public Build storageLocation(Asset asset) {
    return set("StorageLocation", new StorageLocation().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Build tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Build tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Build tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Version information that is associated with this build. Version strings do not need to be
   * unique.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Version}.
   */
  public Build version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Build version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to a Amazon GameLift Servers build resource and uniquely identifies it. ARNs are
   * unique across all Regions. Format is
   * <code>arn:aws:gamelift:&lt;region&gt;::build/build-a1234567-b8c9-0d1e-2fa3-b45c6d7e8912</code>
   * . In a GameLift build ARN, the resource ID matches the <em>BuildId</em> value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BuildArn}.
   */
  public Value<String> buildArn() {
    return getAtt("BuildArn");
  }

  /**
   * A unique identifier for the build.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BuildId}.
   */
  public Value<String> buildId() {
    return getAtt("BuildId");
  }

  /**
   * The location in Amazon S3 where build or script files are stored for access by Amazon GameLift.
   *
   * <p>Property type {@code AWS::GameLift::Build.StorageLocation}.
   */
  public static final class StorageLocation extends Struct<StorageLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Build.StorageLocation")
        .required("Bucket", "Key", "RoleArn")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("Key", Constraint.of().minLength(1))
        .constrain("ObjectVersion", Constraint.of().minLength(1))
        .constrain("RoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
        .build();

    public StorageLocation() {
      super(SCHEMA);
    }

    /**
     * An Amazon S3 bucket identifier. The name of the S3 bucket.
     *
     * <p>Amazon GameLift doesn't support uploading from Amazon S3 buckets with names that contain a
     * dot (.).
     *
     * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
     * property {@code Bucket}.
     */
    public StorageLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public StorageLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the zip file that contains the build files or script files.
     *
     * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
     * property {@code Key}.
     */
    public StorageLocation key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public StorageLocation key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A version of a stored file to retrieve, if the object versioning feature is turned on for the
     * S3 bucket. Use this parameter to specify a specific version. If this parameter isn't set,
     * Amazon GameLift Servers retrieves the latest version of the file.
     *
     * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
     * {@code ObjectVersion}.
     */
    public StorageLocation objectVersion(String value) {
      return set("ObjectVersion", Value.of(value));
    }

    /** Sets {@code ObjectVersion} to this value; see {@link #objectVersion(String)}. */
    public StorageLocation objectVersion(Value<String> value) {
      return set("ObjectVersion", value);
    }

    /**
     * The ARNfor an IAM role that allows Amazon GameLift to access the S3 bucket.
     *
     * <p>Required. Changing it replaces the resource. Length: at least 1 characters. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public StorageLocation roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public StorageLocation roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
