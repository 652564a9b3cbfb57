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
 * Creates a channel to receive content.
 *
 * <p>After it's created, a channel provides static input URLs. These URLs remain the same
 * throughout the lifetime of the channel, regardless of any failures or upgrades that might occur.
 * Use these URLs to configure the outputs of your upstream encoder.
 *
 * <p>CloudFormation type {@code AWS::MediaPackage::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::Channel")
      .required("Id")
      .constrain("Id", Constraint.of().pattern("\\A[0-9a-zA-Z-_]+\\Z").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any descriptive information that you want to add to the channel for future identification
   * purposes.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Channel description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Channel description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Configures egress access logs.
   *
   * <p>CloudFormation property {@code EgressAccessLogs}.
   */
  public Channel egressAccessLogs(Value<LogConfiguration> value) {
    return set("EgressAccessLogs", value);
  }

  /**
   * The input URL where the source stream should be sent.
   *
   * <p>CloudFormation property {@code HlsIngest}.
   */
  public Channel hlsIngest(Value<HlsIngest> value) {
    return set("HlsIngest", value);
  }

  /**
   * Unique identifier that you assign to the channel.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;A[0-9a-zA-Z-_]+&#92;Z}. CloudFormation property {@code Id}.
   */
  public Channel id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public Channel id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * Configures ingress access logs.
   *
   * <p>CloudFormation property {@code IngressAccessLogs}.
   */
  public Channel ingressAccessLogs(Value<LogConfiguration> value) {
    return set("IngressAccessLogs", value);
  }

  /**
   * The tags to assign to the channel.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Channel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Channel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The channel's unique system-generated resource name, based on the AWS record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * HLS ingest configuration.
   *
   * <p>Property type {@code AWS::MediaPackage::Channel.HlsIngest}.
   */
  public static final class HlsIngest extends Struct<HlsIngest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackage::Channel.HlsIngest");

    public HlsIngest() {
      super(SCHEMA);
    }

    /**
     * The input URL where the source stream should be sent.
     *
     * <p>CloudFormation property {@code ingestEndpoints}.
     */
    public HlsIngest ingestEndpoints(List<IngestEndpoint> value) {
      return set("ingestEndpoints", Value.listOf(value));
    }

    /** Sets {@code ingestEndpoints} to this value; see {@link #ingestEndpoints(List)}. */
    public HlsIngest ingestEndpoints(Value<List<IngestEndpoint>> value) {
      return set("ingestEndpoints", value);
    }

    /** Sets {@code ingestEndpoints} to a list of these; see {@link #ingestEndpoints(List)}. */
    public HlsIngest ingestEndpoints(IngestEndpoint... values) {
      return set("ingestEndpoints", Value.list(values));
    }
  }

  /**
   * An endpoint for ingesting source content for a channel.
   *
   * <p>Property type {@code AWS::MediaPackage::Channel.IngestEndpoint}.
   */
  public static final class IngestEndpoint extends Struct<IngestEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackage::Channel.IngestEndpoint");

    public IngestEndpoint() {
      super(SCHEMA);
    }

    /**
     * The endpoint identifier.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public IngestEndpoint id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public IngestEndpoint id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The system-generated password for WebDAV input authentication.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public IngestEndpoint password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public IngestEndpoint password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The input URL where the source stream should be sent.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public IngestEndpoint url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public IngestEndpoint url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * The system-generated username for WebDAV input authentication.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public IngestEndpoint username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public IngestEndpoint username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The access log configuration parameters for your channel.
   *
   * <p>Property type {@code AWS::MediaPackage::Channel.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::Channel.LogConfiguration")
        .constrain("LogGroupName", Constraint.of().pattern("\\A^(\\/aws\\/MediaPackage\\/)[a-zA-Z0-9_-]+\\Z").minLength(1).maxLength(256).format("AWS::Logs::LogGroup.Name"))
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets a custom Amazon CloudWatch log group name.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * &#92;A^(&#92;/aws&#92;/MediaPackage&#92;/)[a-zA-Z0-9_-]+&#92;Z}. Format: {@code
     * AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public LogConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LogConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }
}
