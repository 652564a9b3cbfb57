// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

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
   * <p>Changing it replaces the resource. CloudFormation property {@code CompatibleArchitectures}.
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
   * <p>Changing it replaces the resource. CloudFormation property {@code CompatibleRuntimes}.
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
   * The description of the version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
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
   * <p>Changing it replaces the resource. CloudFormation property {@code LayerName}.
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
   * <p>Changing it replaces the resource. CloudFormation property {@code LicenseInfo}.
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
        .allowed("S3ObjectStorageMode", "COPY", "REFERENCE")
        .build();

    public Content() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket of the layer archive.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Bucket}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Key}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code S3ObjectVersion}.
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
