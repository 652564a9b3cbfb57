// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::Lambda::LayerVersion</code> resource creates a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html">Lambda layer</a>
 * from a ZIP archive.
 *
 * <p>CloudFormation type {@code AWS::Lambda::LayerVersion}.
 */
public final class LayerVersion extends Resource<LayerVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::LayerVersion")
      .required("Content")
      .allowed("CompatibleArchitectures", "arm64", "x86_64")
      .allowed("CompatibleRuntimes", "dotnet10", "dotnet6", "dotnet8", "dotnetcore1.0",
          "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "go1.x", "java11", "java11.al2023",
          "java17", "java17.al2023", "java21", "java25", "java8", "java8.al2", "java8.al2023",
          "nodejs", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
          "nodejs20.x", "nodejs22.x", "nodejs24.x", "nodejs26.x", "nodejs4.3", "nodejs4.3-edge",
          "nodejs6.10", "nodejs8.10", "provided", "provided.al2", "provided.al2023", "python2.7",
          "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "python3.15",
          "python3.6", "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7", "ruby3.2",
          "ruby3.3", "ruby3.4", "ruby4.0")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("LayerName", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$").minLength(1).maxLength(140))
      .constrain("LicenseInfo", Constraint.of().minLength(0).maxLength(512))
      .refYields("LayerVersionArn")
      .attributes("LayerVersionArn")
      .build();

  public LayerVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of compatible <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html">instruction set
   * architectures</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code arm64}, {@code x86_64}.
   * CloudFormation property {@code CompatibleArchitectures}.
   */
  public LayerVersion compatibleArchitectures(List<String> value) {
    return set("CompatibleArchitectures", Value.listOf(value));
  }

  /**
   * Sets {@code CompatibleArchitectures} to this value; see {@link #compatibleArchitectures(List)}.
   */
  public LayerVersion compatibleArchitectures(Value<List<String>> value) {
    return set("CompatibleArchitectures", value);
  }

  /**
   * A list of compatible <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html">function runtimes</a>
   * . Used for filtering with <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayers.html">ListLayers</a> and <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayerVersions.html">ListLayerVersions</a>
   * .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code dotnet10}, {@code dotnet6}, {@code
   * dotnet8}, {@code dotnetcore1.0}, {@code dotnetcore2.0}, {@code dotnetcore2.1}, {@code
   * dotnetcore3.1}, {@code go1.x}, {@code java11}, {@code java11.al2023}, {@code java17}, {@code
   * java17.al2023}, {@code java21}, {@code java25}, {@code java8}, {@code java8.al2}, {@code
   * java8.al2023}, {@code nodejs}, {@code nodejs10.x}, {@code nodejs12.x}, {@code nodejs14.x},
   * {@code nodejs16.x}, {@code nodejs18.x}, {@code nodejs20.x}, {@code nodejs22.x}, {@code
   * nodejs24.x}, {@code nodejs26.x}, {@code nodejs4.3}, {@code nodejs4.3-edge}, {@code nodejs6.10},
   * {@code nodejs8.10}, {@code provided}, {@code provided.al2}, {@code provided.al2023}, {@code
   * python2.7}, {@code python3.10}, {@code python3.11}, {@code python3.12}, {@code python3.13},
   * {@code python3.14}, {@code python3.15}, {@code python3.6}, {@code python3.7}, {@code
   * python3.8}, {@code python3.9}, {@code ruby2.5}, {@code ruby2.7}, {@code ruby3.2}, {@code
   * ruby3.3}, {@code ruby3.4}, {@code ruby4.0}. CloudFormation property {@code CompatibleRuntimes}.
   */
  public LayerVersion compatibleRuntimes(List<String> value) {
    return set("CompatibleRuntimes", Value.listOf(value));
  }

  /** Sets {@code CompatibleRuntimes} to this value; see {@link #compatibleRuntimes(List)}. */
  public LayerVersion compatibleRuntimes(Value<List<String>> value) {
    return set("CompatibleRuntimes", value);
  }

  /**
   * The function layer archive.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Content}.
   */
  public LayerVersion content(Value<Content> value) {
    return set("Content", value);
  }

  /**
   * Sets {@code Content} to the asset's bucket and key, where the deployer uploads it; see {@link
   * #content(Value)}.
   */
  public LayerVersion content(Asset asset) {
    return set("Content", new Content().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * The description of the version.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code Description}.
   */
  public LayerVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LayerVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) of the layer.
   *
   * <p>Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$}.
   * CloudFormation property {@code LayerName}.
   */
  public LayerVersion layerName(String value) {
    return set("LayerName", Value.of(value));
  }

  /** Sets {@code LayerName} to this value; see {@link #layerName(String)}. */
  public LayerVersion layerName(Value<String> value) {
    return set("LayerName", value);
  }

  /**
   * The layer's software license. It can be any of the following:
   *
   * <ul> <li>An <a href="https://docs.aws.amazon.com/https://spdx.org/licenses/">SPDX license
   * identifier</a> . For example, <code>MIT</code> . <li>The URL of a license hosted on the
   * internet. For example, <code>https://opensource.org/licenses/MIT</code> . <li>The full text of
   * the license. </ul>
   *
   * <p>Changing it replaces the resource. Length: 0 to 512 characters. CloudFormation property
   * {@code LicenseInfo}.
   */
  public LayerVersion licenseInfo(String value) {
    return set("LicenseInfo", Value.of(value));
  }

  /** Sets {@code LicenseInfo} to this value; see {@link #licenseInfo(String)}. */
  public LayerVersion licenseInfo(Value<String> value) {
    return set("LicenseInfo", value);
  }

  /**
   * The ARN of the layer version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LayerVersionArn}.
   */
  public Value<String> layerVersionArn() {
    return getAtt("LayerVersionArn");
  }

  /**
   * A ZIP archive that contains the contents of an <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html">Lambda layer</a>
   * .
   *
   * <p>Property type {@code AWS::Lambda::LayerVersion.Content}.
   */
  public static final class Content extends Struct<Content> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::LayerVersion.Content")
        .required("S3Bucket", "S3Key")
        .constrain("S3Bucket", Constraint.of().pattern("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("S3Bucket", "AWS::S3::Bucket.Ref")
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .allowed("S3ObjectStorageMode", "COPY", "REFERENCE")
        .constrain("S3ObjectVersion", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Content() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket of the layer archive.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[0-9A-Za-z&#92;.&#92;-_]*(?&lt;!&#92;.)$}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code S3Bucket}.
     */
    public Content s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public Content s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * Sets {@code S3Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #s3Bucket(String)}.
     */
    public Content s3Bucket(Bucket resource) {
      return set("S3Bucket", resource.ref());
    }

    /**
     * The Amazon S3 key of the layer archive.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
     * property {@code S3Key}.
     */
    public Content s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public Content s3Key(Value<String> value) {
      return set("S3Key", value);
    }

    /**
     * Specifies whether Lambda should copy the deployment package to its internal storage (COPY) or
     * reference it directly from your S3 bucket (REFERENCE).
     *
     * <p>Allowed values: {@code COPY}, {@code REFERENCE}. CloudFormation property {@code
     * S3ObjectStorageMode}.
     */
    public Content s3ObjectStorageMode(String value) {
      return set("S3ObjectStorageMode", Value.of(value));
    }

    /** Sets {@code S3ObjectStorageMode} to this value; see {@link #s3ObjectStorageMode(String)}. */
    public Content s3ObjectStorageMode(Value<String> value) {
      return set("S3ObjectStorageMode", value);
    }

    /**
     * For versioned objects, the version of the layer archive object to use.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code S3ObjectVersion}.
     */
    public Content s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public Content s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }
  }
}
