// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::Omics::RunCache Resource Type
 *
 * <p>CloudFormation type {@code AWS::Omics::RunCache}.
 */
public final class RunCache extends Resource<RunCache> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::RunCache")
      .allowed("CacheBehavior", "CACHE_ON_FAILURE", "CACHE_ALWAYS")
      .constrain("CacheBehavior", Constraint.of().minLength(1).maxLength(64))
      .constrain("CacheBucketOwnerId", Constraint.of().pattern("^[0-9]+$").minLength(12).maxLength(12))
      .constrain("CacheS3Location", Constraint.of().pattern("^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])(/(.{0,1024}))?$"))
      .constrain("Description", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RunCache(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default cache behavior for runs using this cache.
   *
   * <p>Allowed values: {@code CACHE_ON_FAILURE}, {@code CACHE_ALWAYS}. Length: 1 to 64 characters.
   * CloudFormation property {@code CacheBehavior}.
   */
  public RunCache cacheBehavior(String value) {
    return set("CacheBehavior", Value.of(value));
  }

  /** Sets {@code CacheBehavior} to this value; see {@link #cacheBehavior(String)}. */
  public RunCache cacheBehavior(Value<String> value) {
    return set("CacheBehavior", value);
  }

  /**
   * The AWS account ID of the expected owner of the S3 bucket for the run cache.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code ^[0-9]+$}.
   * CloudFormation property {@code CacheBucketOwnerId}.
   */
  public RunCache cacheBucketOwnerId(String value) {
    return set("CacheBucketOwnerId", Value.of(value));
  }

  /** Sets {@code CacheBucketOwnerId} to this value; see {@link #cacheBucketOwnerId(String)}. */
  public RunCache cacheBucketOwnerId(Value<String> value) {
    return set("CacheBucketOwnerId", value);
  }

  /**
   * The S3 location for storing the cached task outputs.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])(/(.{0,1024}))?$}. CloudFormation property {@code
   * CacheS3Location}.
   */
  public RunCache cacheS3Location(String value) {
    return set("CacheS3Location", Value.of(value));
  }

  /** Sets {@code CacheS3Location} to this value; see {@link #cacheS3Location(String)}. */
  public RunCache cacheS3Location(Value<String> value) {
    return set("CacheS3Location", value);
  }

  /**
   * A description of the run cache.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Description}.
   */
  public RunCache description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RunCache description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the run cache.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Name}.
   */
  public RunCache name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RunCache name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags for the run cache.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RunCache tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RunCache tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RunCache tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The run cache ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Creation time of the run cache (an ISO 8601 formatted string).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The run cache ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The run cache status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
