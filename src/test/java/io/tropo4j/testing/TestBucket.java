package io.tropo4j.testing;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;

/** A hand-written stand-in for a generated resource class, shaped the way the generator writes them. */
public final class TestBucket extends Resource<TestBucket> {
  private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket").attributes("Arn", "DomainName");

  public TestBucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  public TestBucket bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  public TestBucket bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  public TestBucket versioningConfiguration(Value<VersioningConfiguration> value) {
    return set("VersioningConfiguration", value);
  }

  public TestBucket tags(Tags tags) {
    return set("Tags", tags);
  }

  public Value<String> arn() {
    return getAtt("Arn");
  }

  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  public static final class VersioningConfiguration extends Struct<VersioningConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.VersioningConfiguration")
        .required("Status").allowed("Status", "Enabled", "Suspended");

    public VersioningConfiguration() {
      super(SCHEMA);
    }

    public VersioningConfiguration status(String value) {
      return set("Status", Value.of(value));
    }
  }
}
