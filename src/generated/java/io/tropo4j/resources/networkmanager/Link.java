// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a link for a site.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::Link}.
 */
public final class Link extends Resource<Link> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Link")
      .required("Bandwidth", "GlobalNetworkId", "SiteId")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("GlobalNetworkId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .constrain("Provider", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("SiteId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .constrain("Type", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .attributes("CreatedAt", "LinkArn", "LinkId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Link(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The bandwidth for the link.
   *
   * <p>Required. CloudFormation property {@code Bandwidth}.
   */
  public Link bandwidth(Value<Bandwidth> value) {
    return set("Bandwidth", value);
  }

  /**
   * A description of the link.
   *
   * <p>Constraints: Maximum length of 256 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public Link description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Link description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code GlobalNetworkId}.
   */
  public Link globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public Link globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The provider of the link.
   *
   * <p>Constraints: Maximum length of 128 characters. Cannot include the following characters: |
   * &#92; ^
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Provider}.
   */
  public Link provider(String value) {
    return set("Provider", Value.of(value));
  }

  /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
  public Link provider(Value<String> value) {
    return set("Provider", value);
  }

  /**
   * The ID of the site.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code SiteId}.
   */
  public Link siteId(String value) {
    return set("SiteId", Value.of(value));
  }

  /** Sets {@code SiteId} to this value; see {@link #siteId(String)}. */
  public Link siteId(Value<String> value) {
    return set("SiteId", value);
  }

  /**
   * The tags for the link.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Link tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Link tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Link tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the link.
   *
   * <p>Constraints: Maximum length of 128 characters. Cannot include the following characters: |
   * &#92; ^
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Type}.
   */
  public Link typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Link typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The date and time that the link was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the link. For example,
   * <code>arn:aws:networkmanager::123456789012:link/global-network-01231231231231231/link-11112222aaaabbbb1</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LinkArn}.
   */
  public Value<String> linkArn() {
    return getAtt("LinkArn");
  }

  /**
   * The ID of the link. For example, <code>link-11112222aaaabbbb1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LinkId}.
   */
  public Value<String> linkId() {
    return getAtt("LinkId");
  }

  /**
   * The state of the link.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Describes bandwidth information.
   *
   * <p>Property type {@code AWS::NetworkManager::Link.Bandwidth}.
   */
  public static final class Bandwidth extends Struct<Bandwidth> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::Link.Bandwidth");

    public Bandwidth() {
      super(SCHEMA);
    }

    /**
     * Download speed in Mbps.
     *
     * <p>CloudFormation property {@code DownloadSpeed}.
     */
    public Bandwidth downloadSpeed(int value) {
      return set("DownloadSpeed", Value.of(value));
    }

    /** Sets {@code DownloadSpeed} to this value; see {@link #downloadSpeed(int)}. */
    public Bandwidth downloadSpeed(Value<Integer> value) {
      return set("DownloadSpeed", value);
    }

    /**
     * Upload speed in Mbps.
     *
     * <p>CloudFormation property {@code UploadSpeed}.
     */
    public Bandwidth uploadSpeed(int value) {
      return set("UploadSpeed", Value.of(value));
    }

    /** Sets {@code UploadSpeed} to this value; see {@link #uploadSpeed(int)}. */
    public Bandwidth uploadSpeed(Value<Integer> value) {
      return set("UploadSpeed", value);
    }
  }
}
