// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.panorama;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * End of support notice: On May 31, 2026, AWS will end support for AWS Panorama . After May 31,
 * 2026, you will no longer be able to access the AWS Panorama console or AWS Panorama resources.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/panorama/latest/dev/panorama-end-of-support.html">AWS Panorama
 * end of support</a> .
 *
 * <p>Creates a package and storage location in an Amazon S3 access point.
 *
 * <p>CloudFormation type {@code AWS::Panorama::Package}.
 */
public final class Package extends Resource<Package> {
  private static final Schema SCHEMA = Schema.builder("AWS::Panorama::Package")
      .required("PackageName")
      .constrain("PackageName", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]+$").minLength(1).maxLength(128))
      .refYields("PackageId")
      .attributes("Arn", "CreatedTime", "PackageId", "StorageLocation.BinaryPrefixLocation",
          "StorageLocation.Bucket", "StorageLocation.GeneratedPrefixLocation",
          "StorageLocation.ManifestPrefixLocation", "StorageLocation.RepoPrefixLocation")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Package(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the package.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]+$}. CloudFormation property {@code PackageName}.
   */
  public Package packageName(String value) {
    return set("PackageName", Value.of(value));
  }

  /** Sets {@code PackageName} to this value; see {@link #packageName(String)}. */
  public Package packageName(Value<String> value) {
    return set("PackageName", value);
  }

  /**
   * A storage location.
   *
   * <p>CloudFormation property {@code StorageLocation}.
   */
  public Package storageLocation(Value<StorageLocation> value) {
    return set("StorageLocation", value);
  }

  /**
   * Tags for the package.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Package tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Package tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Package tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The package's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the package was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Integer> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The package's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackageId}.
   */
  public Value<String> packageId() {
    return getAtt("PackageId");
  }

  /**
   * The location's binary prefix.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLocation.BinaryPrefixLocation}.
   */
  public Value<String> storageLocationBinaryPrefixLocation() {
    return getAtt("StorageLocation.BinaryPrefixLocation");
  }

  /**
   * The location's bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLocation.Bucket}.
   */
  public Value<String> storageLocationBucket() {
    return getAtt("StorageLocation.Bucket");
  }

  /**
   * The location's generated prefix.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLocation.GeneratedPrefixLocation}.
   */
  public Value<String> storageLocationGeneratedPrefixLocation() {
    return getAtt("StorageLocation.GeneratedPrefixLocation");
  }

  /**
   * The location's manifest prefix.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLocation.ManifestPrefixLocation}.
   */
  public Value<String> storageLocationManifestPrefixLocation() {
    return getAtt("StorageLocation.ManifestPrefixLocation");
  }

  /**
   * The location's repo prefix.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLocation.RepoPrefixLocation}.
   */
  public Value<String> storageLocationRepoPrefixLocation() {
    return getAtt("StorageLocation.RepoPrefixLocation");
  }

  /**
   * A storage location.
   *
   * <p>Property type {@code AWS::Panorama::Package.StorageLocation}.
   */
  public static final class StorageLocation extends Struct<StorageLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::Panorama::Package.StorageLocation");

    public StorageLocation() {
      super(SCHEMA);
    }

    /**
     * The location's binary prefix.
     *
     * <p>CloudFormation property {@code BinaryPrefixLocation}.
     */
    public StorageLocation binaryPrefixLocation(String value) {
      return set("BinaryPrefixLocation", Value.of(value));
    }

    /**
     * Sets {@code BinaryPrefixLocation} to this value; see {@link #binaryPrefixLocation(String)}.
     */
    public StorageLocation binaryPrefixLocation(Value<String> value) {
      return set("BinaryPrefixLocation", value);
    }

    /**
     * The location's bucket.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public StorageLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public StorageLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The location's generated prefix.
     *
     * <p>CloudFormation property {@code GeneratedPrefixLocation}.
     */
    public StorageLocation generatedPrefixLocation(String value) {
      return set("GeneratedPrefixLocation", Value.of(value));
    }

    /**
     * Sets {@code GeneratedPrefixLocation} to this value; see {@link
     * #generatedPrefixLocation(String)}.
     */
    public StorageLocation generatedPrefixLocation(Value<String> value) {
      return set("GeneratedPrefixLocation", value);
    }

    /**
     * The location's manifest prefix.
     *
     * <p>CloudFormation property {@code ManifestPrefixLocation}.
     */
    public StorageLocation manifestPrefixLocation(String value) {
      return set("ManifestPrefixLocation", Value.of(value));
    }

    /**
     * Sets {@code ManifestPrefixLocation} to this value; see {@link
     * #manifestPrefixLocation(String)}.
     */
    public StorageLocation manifestPrefixLocation(Value<String> value) {
      return set("ManifestPrefixLocation", value);
    }

    /**
     * The location's repo prefix.
     *
     * <p>CloudFormation property {@code RepoPrefixLocation}.
     */
    public StorageLocation repoPrefixLocation(String value) {
      return set("RepoPrefixLocation", Value.of(value));
    }

    /** Sets {@code RepoPrefixLocation} to this value; see {@link #repoPrefixLocation(String)}. */
    public StorageLocation repoPrefixLocation(Value<String> value) {
      return set("RepoPrefixLocation", value);
    }
  }
}
