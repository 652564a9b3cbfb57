// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackage;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an asset to ingest VOD content.
 *
 * <p>After it's created, the asset starts ingesting content and generates playback URLs for the
 * packaging configurations associated with it. When ingest is complete, downstream devices use the
 * appropriate URL to request VOD content from AWS Elemental MediaPackage .
 *
 * <p>CloudFormation type {@code AWS::MediaPackage::Asset}.
 */
public final class Asset extends Resource<Asset> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::Asset")
      .required("Id", "PackagingGroupId", "SourceArn", "SourceRoleArn")
      .constrain("SourceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Arn", "CreatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Asset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of playback endpoints that are available for this asset.
   *
   * <p>CloudFormation property {@code EgressEndpoints}.
   */
  public Asset egressEndpoints(List<EgressEndpoint> value) {
    return set("EgressEndpoints", Value.listOf(value));
  }

  /** Sets {@code EgressEndpoints} to this value; see {@link #egressEndpoints(List)}. */
  public Asset egressEndpoints(Value<List<EgressEndpoint>> value) {
    return set("EgressEndpoints", value);
  }

  /** Sets {@code EgressEndpoints} to a list of these; see {@link #egressEndpoints(List)}. */
  public Asset egressEndpoints(EgressEndpoint... values) {
    return set("EgressEndpoints", Value.list(values));
  }

  /**
   * Unique identifier that you assign to the asset.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
   */
  public Asset id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public Asset id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The ID of the packaging group associated with this asset.
   *
   * <p>Required. CloudFormation property {@code PackagingGroupId}.
   */
  public Asset packagingGroupId(String value) {
    return set("PackagingGroupId", Value.of(value));
  }

  /** Sets {@code PackagingGroupId} to this value; see {@link #packagingGroupId(String)}. */
  public Asset packagingGroupId(Value<String> value) {
    return set("PackagingGroupId", value);
  }

  /**
   * Unique identifier for this asset, as it's configured in the key provider service.
   *
   * <p>CloudFormation property {@code ResourceId}.
   */
  public Asset resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public Asset resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * The ARN for the source content in Amazon S3.
   *
   * <p>Required. CloudFormation property {@code SourceArn}.
   */
  public Asset sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Asset sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * The ARN for the IAM role that provides AWS Elemental MediaPackage access to the Amazon S3
   * bucket where the source content is stored. Valid format: arn:aws:iam::{accountID}:role/{name}
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SourceRoleArn}.
   */
  public Asset sourceRoleArn(String value) {
    return set("SourceRoleArn", Value.of(value));
  }

  /** Sets {@code SourceRoleArn} to this value; see {@link #sourceRoleArn(String)}. */
  public Asset sourceRoleArn(Value<String> value) {
    return set("SourceRoleArn", value);
  }

  /**
   * The tags to assign to the asset.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Asset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Asset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Asset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the asset. You can get this from the response to any request
   * to the asset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the asset was initially submitted for ingest.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The playback endpoint for a packaging configuration on an asset.
   *
   * <p>Property type {@code AWS::MediaPackage::Asset.EgressEndpoint}.
   */
  public static final class EgressEndpoint extends Struct<EgressEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::Asset.EgressEndpoint")
        .required("PackagingConfigurationId", "Url")
        .build();

    public EgressEndpoint() {
      super(SCHEMA);
    }

    /**
     * The ID of a packaging configuration that's applied to this asset.
     *
     * <p>Required. CloudFormation property {@code PackagingConfigurationId}.
     */
    public EgressEndpoint packagingConfigurationId(String value) {
      return set("PackagingConfigurationId", Value.of(value));
    }

    /**
     * Sets {@code PackagingConfigurationId} to this value; see {@link
     * #packagingConfigurationId(String)}.
     */
    public EgressEndpoint packagingConfigurationId(Value<String> value) {
      return set("PackagingConfigurationId", value);
    }

    /**
     * The URL that's used to request content from this endpoint.
     *
     * <p>Required. CloudFormation property {@code Url}.
     */
    public EgressEndpoint url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public EgressEndpoint url(Value<String> value) {
      return set("Url", value);
    }
  }
}
