// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::ElastiCache::ServerlessCacheSnapshot. A serverless cache
 * snapshot is a point-in-time backup of an ElastiCache serverless cache. Available for Valkey,
 * Redis OSS and Serverless Memcached only.
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::ServerlessCacheSnapshot}.
 */
public final class ServerlessCacheSnapshot extends Resource<ServerlessCacheSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ServerlessCacheSnapshot")
      .required("ServerlessCacheName", "ServerlessCacheSnapshotName")
      .constrain("ServerlessCacheName", Constraint.of().pattern("^[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(255))
      .constrain("ServerlessCacheSnapshotName", Constraint.of().pattern("^[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(255))
      .refYields("ARN")
      .attributes("ARN", "BytesUsedForCache", "CreateTime", "ServerlessCacheConfiguration",
          "SnapshotType", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServerlessCacheSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS KMS key used to encrypt the snapshot. Provide the key
   * ARN: the resource returns the key ARN on read, so supplying a bare key ID or alias for this
   * createOnly property may be reported as drift by CloudFormation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ServerlessCacheSnapshot kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ServerlessCacheSnapshot kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of an existing serverless cache. The snapshot is created from this cache.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-z][a-z0-9]*(-[a-z0-9]+)*$}. CloudFormation property {@code ServerlessCacheName}.
   */
  public ServerlessCacheSnapshot serverlessCacheName(String value) {
    return set("ServerlessCacheName", Value.of(value));
  }

  /** Sets {@code ServerlessCacheName} to this value; see {@link #serverlessCacheName(String)}. */
  public ServerlessCacheSnapshot serverlessCacheName(Value<String> value) {
    return set("ServerlessCacheName", value);
  }

  /**
   * The name of the serverless cache snapshot. Must be unique for the customer account. This value
   * is stored as a lowercase string.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-z][a-z0-9]*(-[a-z0-9]+)*$}. CloudFormation property {@code ServerlessCacheSnapshotName}.
   */
  public ServerlessCacheSnapshot serverlessCacheSnapshotName(String value) {
    return set("ServerlessCacheSnapshotName", Value.of(value));
  }

  /**
   * Sets {@code ServerlessCacheSnapshotName} to this value; see {@link
   * #serverlessCacheSnapshotName(String)}.
   */
  public ServerlessCacheSnapshot serverlessCacheSnapshotName(Value<String> value) {
    return set("ServerlessCacheSnapshotName", value);
  }

  /**
   * A list of tags to be added to the serverless cache snapshot resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServerlessCacheSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServerlessCacheSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServerlessCacheSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the serverless cache snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * The total size of the serverless cache snapshot, in bytes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BytesUsedForCache}.
   */
  public Value<String> bytesUsedForCache() {
    return getAtt("BytesUsedForCache");
  }

  /**
   * The date and time that the source serverless cache's metadata and cache data set was obtained
   * for the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /** {@code Fn::GetAtt} attribute {@code ServerlessCacheConfiguration}. */
  public Value<ServerlessCacheConfiguration> serverlessCacheConfiguration() {
    return getAtt("ServerlessCacheConfiguration");
  }

  /**
   * The type of snapshot of the serverless cache.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotType}.
   */
  public Value<String> snapshotType() {
    return getAtt("SnapshotType");
  }

  /**
   * The current status of the serverless cache snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Property type {@code AWS::ElastiCache::ServerlessCacheSnapshot.ServerlessCacheConfiguration}.
   */
  public static final class ServerlessCacheConfiguration extends Struct<ServerlessCacheConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ServerlessCacheSnapshot.ServerlessCacheConfiguration");

    public ServerlessCacheConfiguration() {
      super(SCHEMA);
    }

    /**
     * The engine that the serverless cache is configured with.
     *
     * <p>CloudFormation property {@code Engine}.
     */
    public ServerlessCacheConfiguration engine(String value) {
      return set("Engine", Value.of(value));
    }

    /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
    public ServerlessCacheConfiguration engine(Value<String> value) {
      return set("Engine", value);
    }

    /**
     * The engine version number that the serverless cache is configured with.
     *
     * <p>CloudFormation property {@code MajorEngineVersion}.
     */
    public ServerlessCacheConfiguration majorEngineVersion(String value) {
      return set("MajorEngineVersion", Value.of(value));
    }

    /** Sets {@code MajorEngineVersion} to this value; see {@link #majorEngineVersion(String)}. */
    public ServerlessCacheConfiguration majorEngineVersion(Value<String> value) {
      return set("MajorEngineVersion", value);
    }

    /**
     * The identifier of the serverless cache.
     *
     * <p>CloudFormation property {@code ServerlessCacheName}.
     */
    public ServerlessCacheConfiguration serverlessCacheName(String value) {
      return set("ServerlessCacheName", Value.of(value));
    }

    /** Sets {@code ServerlessCacheName} to this value; see {@link #serverlessCacheName(String)}. */
    public ServerlessCacheConfiguration serverlessCacheName(Value<String> value) {
      return set("ServerlessCacheName", value);
    }
  }
}
