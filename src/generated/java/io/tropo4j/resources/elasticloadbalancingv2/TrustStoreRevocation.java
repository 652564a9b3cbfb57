// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds the specified revocation contents to the specified trust store. You must specify
 * <code>TrustStoreArn</code> .
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::TrustStoreRevocation}.
 */
public final class TrustStoreRevocation extends Resource<TrustStoreRevocation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::TrustStoreRevocation")
      .attributes("RevocationId", "TrustStoreRevocations")
      .build();

  public TrustStoreRevocation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The revocation file to add.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RevocationContents}.
   */
  public TrustStoreRevocation revocationContents(List<RevocationContent> value) {
    return set("RevocationContents", Value.listOf(value));
  }

  /** Sets {@code RevocationContents} to this value; see {@link #revocationContents(List)}. */
  public TrustStoreRevocation revocationContents(Value<List<RevocationContent>> value) {
    return set("RevocationContents", value);
  }

  /** Sets {@code RevocationContents} to a list of these; see {@link #revocationContents(List)}. */
  public TrustStoreRevocation revocationContents(RevocationContent... values) {
    return set("RevocationContents", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the trust store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TrustStoreArn}.
   */
  public TrustStoreRevocation trustStoreArn(String value) {
    return set("TrustStoreArn", Value.of(value));
  }

  /** Sets {@code TrustStoreArn} to this value; see {@link #trustStoreArn(String)}. */
  public TrustStoreRevocation trustStoreArn(Value<String> value) {
    return set("TrustStoreArn", value);
  }

  /**
   * The revocation ID of the revocation file.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RevocationId}.
   */
  public Value<Integer> revocationId() {
    return getAtt("RevocationId");
  }

  /**
   * Information about the revocation file in the trust store. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-truststorerevocation-truststorerevocation.html">TrustStoreRevocation</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrustStoreRevocations}.
   */
  public Value<List<TrustStoreRevocationProperty>> trustStoreRevocations() {
    return getAtt("TrustStoreRevocations");
  }

  /**
   * Information about a revocation file. You must specify <code>S3Bucket</code> and
   * <code>S3Key</code> .
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::TrustStoreRevocation.RevocationContent}.
   */
  public static final class RevocationContent extends Struct<RevocationContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::TrustStoreRevocation.RevocationContent")
        .allowed("RevocationType", "CRL")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public RevocationContent() {
      super(SCHEMA);
    }

    /**
     * The type of revocation file.
     *
     * <p>Allowed values: {@code CRL}. CloudFormation property {@code RevocationType}.
     */
    public RevocationContent revocationType(String value) {
      return set("RevocationType", Value.of(value));
    }

    /** Sets {@code RevocationType} to this value; see {@link #revocationType(String)}. */
    public RevocationContent revocationType(Value<String> value) {
      return set("RevocationType", value);
    }

    /**
     * The Amazon S3 bucket for the revocation file.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public RevocationContent s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public RevocationContent s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The Amazon S3 path for the revocation file.
     *
     * <p>CloudFormation property {@code S3Key}.
     */
    public RevocationContent s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public RevocationContent s3Key(Value<String> value) {
      return set("S3Key", value);
    }

    /**
     * The Amazon S3 object version of the revocation file.
     *
     * <p>CloudFormation property {@code S3ObjectVersion}.
     */
    public RevocationContent s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public RevocationContent s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }
  }

  /**
   * Information about a revocation file in use by a trust store.
   *
   * <p>Property type {@code
   * AWS::ElasticLoadBalancingV2::TrustStoreRevocation.TrustStoreRevocation}.
   */
  public static final class TrustStoreRevocationProperty extends Struct<TrustStoreRevocationProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::TrustStoreRevocation.TrustStoreRevocation");

    public TrustStoreRevocationProperty() {
      super(SCHEMA);
    }

    /**
     * The number of revoked certificates.
     *
     * <p>CloudFormation property {@code NumberOfRevokedEntries}.
     */
    public TrustStoreRevocationProperty numberOfRevokedEntries(int value) {
      return set("NumberOfRevokedEntries", Value.of(value));
    }

    /**
     * Sets {@code NumberOfRevokedEntries} to this value; see {@link #numberOfRevokedEntries(int)}.
     */
    public TrustStoreRevocationProperty numberOfRevokedEntries(Value<Integer> value) {
      return set("NumberOfRevokedEntries", value);
    }

    /**
     * The revocation ID of the revocation file.
     *
     * <p>CloudFormation property {@code RevocationId}.
     */
    public TrustStoreRevocationProperty revocationId(String value) {
      return set("RevocationId", Value.of(value));
    }

    /** Sets {@code RevocationId} to this value; see {@link #revocationId(String)}. */
    public TrustStoreRevocationProperty revocationId(Value<String> value) {
      return set("RevocationId", value);
    }

    /**
     * The type of revocation file.
     *
     * <p>CloudFormation property {@code RevocationType}.
     */
    public TrustStoreRevocationProperty revocationType(String value) {
      return set("RevocationType", Value.of(value));
    }

    /** Sets {@code RevocationType} to this value; see {@link #revocationType(String)}. */
    public TrustStoreRevocationProperty revocationType(Value<String> value) {
      return set("RevocationType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the trust store.
     *
     * <p>CloudFormation property {@code TrustStoreArn}.
     */
    public TrustStoreRevocationProperty trustStoreArn(String value) {
      return set("TrustStoreArn", Value.of(value));
    }

    /** Sets {@code TrustStoreArn} to this value; see {@link #trustStoreArn(String)}. */
    public TrustStoreRevocationProperty trustStoreArn(Value<String> value) {
      return set("TrustStoreArn", value);
    }
  }
}
