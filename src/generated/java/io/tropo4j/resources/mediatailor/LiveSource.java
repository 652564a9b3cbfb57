// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Live source configuration parameters.
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::LiveSource}.
 */
public final class LiveSource extends Resource<LiveSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::LiveSource")
      .required("HttpPackageConfigurations", "LiveSourceName", "SourceLocationName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LiveSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The HTTP package configurations for the live source.
   *
   * <p>Required. CloudFormation property {@code HttpPackageConfigurations}.
   */
  public LiveSource httpPackageConfigurations(List<HttpPackageConfiguration> value) {
    return set("HttpPackageConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code HttpPackageConfigurations} to this value; see {@link
   * #httpPackageConfigurations(List)}.
   */
  public LiveSource httpPackageConfigurations(Value<List<HttpPackageConfiguration>> value) {
    return set("HttpPackageConfigurations", value);
  }

  /**
   * Sets {@code HttpPackageConfigurations} to a list of these; see {@link
   * #httpPackageConfigurations(List)}.
   */
  public LiveSource httpPackageConfigurations(HttpPackageConfiguration... values) {
    return set("HttpPackageConfigurations", Value.list(values));
  }

  /**
   * The name that's used to refer to a live source.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LiveSourceName}.
   */
  public LiveSource liveSourceName(String value) {
    return set("LiveSourceName", Value.of(value));
  }

  /** Sets {@code LiveSourceName} to this value; see {@link #liveSourceName(String)}. */
  public LiveSource liveSourceName(Value<String> value) {
    return set("LiveSourceName", value);
  }

  /**
   * The name of the source location.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SourceLocationName}.
   */
  public LiveSource sourceLocationName(String value) {
    return set("SourceLocationName", Value.of(value));
  }

  /** Sets {@code SourceLocationName} to this value; see {@link #sourceLocationName(String)}. */
  public LiveSource sourceLocationName(Value<String> value) {
    return set("SourceLocationName", value);
  }

  /**
   * The tags assigned to the live source. Tags are key-value pairs that you can associate with
   * Amazon resources to help with organization, access control, and cost tracking. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/tagging.html">Tagging AWS Elemental
   * MediaTailor Resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LiveSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LiveSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LiveSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * &lt;p&gt;The ARN of the live source.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The HTTP package configuration properties for the requested VOD source.
   *
   * <p>Property type {@code AWS::MediaTailor::LiveSource.HttpPackageConfiguration}.
   */
  public static final class HttpPackageConfiguration extends Struct<HttpPackageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::LiveSource.HttpPackageConfiguration")
        .required("Path", "SourceGroup", "Type")
        .allowed("Type", "DASH", "HLS")
        .build();

    public HttpPackageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The relative path to the URL for this VOD source. This is combined with
     * <code>SourceLocation::HttpConfiguration::BaseUrl</code> to form a valid URL.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public HttpPackageConfiguration path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HttpPackageConfiguration path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The name of the source group. This has to match one of the
     * <code>Channel::Outputs::SourceGroup</code> .
     *
     * <p>Required. CloudFormation property {@code SourceGroup}.
     */
    public HttpPackageConfiguration sourceGroup(String value) {
      return set("SourceGroup", Value.of(value));
    }

    /** Sets {@code SourceGroup} to this value; see {@link #sourceGroup(String)}. */
    public HttpPackageConfiguration sourceGroup(Value<String> value) {
      return set("SourceGroup", value);
    }

    /**
     * The streaming protocol for this package configuration. Supported values are <code>HLS</code>
     * and <code>DASH</code> .
     *
     * <p>Required. Allowed values: {@code DASH}, {@code HLS}. CloudFormation property {@code Type}.
     */
    public HttpPackageConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HttpPackageConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }
}
