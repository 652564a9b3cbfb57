// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Asset;
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
 * Use the <code>AWS::IoT::SoftwarePackageVersion</code> resource to create a software package
 * version.
 *
 * <p>For information about working with software package versions, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/software-package-catalog.html">AWS
 * IoT Device Management Software Package Catalog</a> and <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/creating-package-and-version.html">Creating
 * a software package and package version</a> in the <em>AWS IoT Developer Guide</em> . See also, <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePackageVersion.html">CreatePackageVersion</a>
 * in the <em>API Guide</em> .
 *
 * <p>The associated software package must exist before the package version is created. If you
 * create a software package and package version in the same CloudFormation template, set the
 * software package as a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">dependency</a>
 * of the package version. If they are created out of sequence, you will receive an error. Package
 * versions and created in a <code>draft</code> state, for more information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/preparing-to-use-software-package-catalog.html#package-version-lifecycle">Package
 * version lifecycle</a> . To change the package version state after it’s created, use the <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_UpdatePackageVersion.html">UpdatePackageVersionAPI</a>
 * command.
 *
 * <p>CloudFormation type {@code AWS::IoT::SoftwarePackageVersion}.
 */
public final class SoftwarePackageVersion extends Resource<SoftwarePackageVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::SoftwarePackageVersion")
      .required("PackageName")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]+$").minLength(0).maxLength(1024))
      .constrain("PackageName", Constraint.of().pattern("^[a-zA-Z0-9-_.]+$").minLength(1).maxLength(128))
      .constrain("Recipe", Constraint.of().minLength(0).maxLength(3072))
      .constrain("VersionName", Constraint.of().pattern("^[a-zA-Z0-9-_.]+$").minLength(1).maxLength(64))
      .attributes("ErrorReason", "PackageVersionArn", "SbomValidationStatus", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SoftwarePackageVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The artifact location of the package version
   *
   * <p>CloudFormation property {@code Artifact}.
   */
  public SoftwarePackageVersion artifact(Value<PackageVersionArtifact> value) {
    return set("Artifact", value);
  }

  /**
   * Metadata that can be used to define a package version’s configuration. For example, the S3 file
   * location, configuration options that are being sent to the device or fleet.
   *
   * <p>The combined size of all the attributes on a package version is limited to 3KB.
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public SoftwarePackageVersion attributes(Map<String, String> value) {
    return set("Attributes", Value.mapOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
  public SoftwarePackageVersion attributes(Value<Map<String, String>> value) {
    return set("Attributes", value);
  }

  /**
   * A summary of the package version being created. This can be used to outline the package's
   * contents or purpose.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^[^&#92;p{C}]+$}. CloudFormation property
   * {@code Description}.
   */
  public SoftwarePackageVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SoftwarePackageVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the associated software package.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_.]+$}. CloudFormation property {@code PackageName}.
   */
  public SoftwarePackageVersion packageName(String value) {
    return set("PackageName", Value.of(value));
  }

  /** Sets {@code PackageName} to this value; see {@link #packageName(String)}. */
  public SoftwarePackageVersion packageName(Value<String> value) {
    return set("PackageName", value);
  }

  /**
   * The inline json job document associated with a software package version
   *
   * <p>Length: 0 to 3072 characters. CloudFormation property {@code Recipe}.
   */
  public SoftwarePackageVersion recipe(String value) {
    return set("Recipe", Value.of(value));
  }

  /** Sets {@code Recipe} to this value; see {@link #recipe(String)}. */
  public SoftwarePackageVersion recipe(Value<String> value) {
    return set("Recipe", value);
  }

  /**
   * The sbom zip archive location of the package version
   *
   * <p>CloudFormation property {@code Sbom}.
   */
  public SoftwarePackageVersion sbom(Value<Sbom> value) {
    return set("Sbom", value);
  }

  /**
   * Metadata that can be used to manage the package version.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SoftwarePackageVersion tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SoftwarePackageVersion tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SoftwarePackageVersion tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the new package version.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_.]+$}. CloudFormation property {@code VersionName}.
   */
  public SoftwarePackageVersion versionName(String value) {
    return set("VersionName", Value.of(value));
  }

  /** Sets {@code VersionName} to this value; see {@link #versionName(String)}. */
  public SoftwarePackageVersion versionName(Value<String> value) {
    return set("VersionName", value);
  }

  /**
   * Error reason for a package version failure during creation or update.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorReason}.
   */
  public Value<String> errorReason() {
    return getAtt("ErrorReason");
  }

  /**
   * The Amazon Resource Name (ARN) for the package.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackageVersionArn}.
   */
  public Value<String> packageVersionArn() {
    return getAtt("PackageVersionArn");
  }

  /**
   * The validation status of the Sbom file
   *
   * <p>{@code Fn::GetAtt} attribute {@code SbomValidationStatus}.
   */
  public Value<String> sbomValidationStatus() {
    return getAtt("SbomValidationStatus");
  }

  /**
   * The status of the package version. For more information, see <a
   * href="https://docs.aws.amazon.com/iot/latest/developerguide/preparing-to-use-software-package-catalog.html#package-version-lifecycle">Package
   * version lifecycle</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The artifact location of the package version
   *
   * <p>Property type {@code AWS::IoT::SoftwarePackageVersion.PackageVersionArtifact}.
   */
  public static final class PackageVersionArtifact extends Struct<PackageVersionArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SoftwarePackageVersion.PackageVersionArtifact")
        .required("S3Location")
        .build();

    public PackageVersionArtifact() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 location
     *
     * <p>Required. CloudFormation property {@code S3Location}.
     */
    public PackageVersionArtifact s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }

    /**
     * Sets {@code S3Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3Location(Value)}.
     */
    public PackageVersionArtifact s3Location(Asset asset) {
      return set("S3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * The Amazon S3 location
   *
   * <p>Property type {@code AWS::IoT::SoftwarePackageVersion.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SoftwarePackageVersion.S3Location")
        .required("Bucket", "Key", "Version")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("Key", Constraint.of().minLength(1))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket
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
     * The S3 key
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
     * The S3 version
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public S3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public S3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * The sbom zip archive location of the package version
   *
   * <p>Property type {@code AWS::IoT::SoftwarePackageVersion.Sbom}.
   */
  public static final class Sbom extends Struct<Sbom> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SoftwarePackageVersion.Sbom")
        .required("S3Location")
        .build();

    public Sbom() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 location
     *
     * <p>Required. CloudFormation property {@code S3Location}.
     */
    public Sbom s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }

    /**
     * Sets {@code S3Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3Location(Value)}.
     */
    public Sbom s3Location(Asset asset) {
      return set("S3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }
}
