// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesslayerversion
 *
 * <p>CloudFormation type {@code AWS::Serverless::LayerVersion}.
 */
public final class LayerVersion extends Resource<LayerVersion> {
  private static final Schema SCHEMA = Schema.of("AWS::Serverless::LayerVersion");

  public LayerVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CompatibleRuntimes}. */
  public LayerVersion compatibleRuntimes(List<String> value) {
    return set("CompatibleRuntimes", Value.listOf(value));
  }

  /** Sets {@code CompatibleRuntimes} to this value; see {@link #compatibleRuntimes(List)}. */
  public LayerVersion compatibleRuntimes(Value<List<String>> value) {
    return set("CompatibleRuntimes", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ContentUri}. */
  public LayerVersion contentUri(String value) {
    return set("ContentUri", Value.of(value));
  }

  /** Sets {@code ContentUri} to this value; see {@link #contentUri(String)}. */
  public LayerVersion contentUri(Value<String> value) {
    return set("ContentUri", value);
  }

  /** Sets {@code ContentUri} to this value; see {@link #contentUri(String)}. */
  public LayerVersion contentUri(S3Location value) {
    return set("ContentUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Description}. */
  public LayerVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LayerVersion description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code LayerName}. */
  public LayerVersion layerName(String value) {
    return set("LayerName", Value.of(value));
  }

  /** Sets {@code LayerName} to this value; see {@link #layerName(String)}. */
  public LayerVersion layerName(Value<String> value) {
    return set("LayerName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code LicenseInfo}. */
  public LayerVersion licenseInfo(String value) {
    return set("LicenseInfo", Value.of(value));
  }

  /** Sets {@code LicenseInfo} to this value; see {@link #licenseInfo(String)}. */
  public LayerVersion licenseInfo(Value<String> value) {
    return set("LicenseInfo", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code RetentionPolicy}. */
  public LayerVersion retentionPolicy(String value) {
    return set("RetentionPolicy", Value.of(value));
  }

  /** Sets {@code RetentionPolicy} to this value; see {@link #retentionPolicy(String)}. */
  public LayerVersion retentionPolicy(Value<String> value) {
    return set("RetentionPolicy", value);
  }

  /** Property type {@code AWS::Serverless::LayerVersion.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::LayerVersion.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Bucket}. */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Key}. */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Version}. */
    public S3Location version(double value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(double)}. */
    public S3Location version(Value<Double> value) {
      return set("Version", value);
    }
  }
}
