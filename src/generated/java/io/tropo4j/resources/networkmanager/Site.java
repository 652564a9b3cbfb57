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
 * Creates a new site in a global network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::Site}.
 */
public final class Site extends Resource<Site> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Site")
      .required("GlobalNetworkId")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("GlobalNetworkId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .attributes("CreatedAt", "SiteArn", "SiteId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Site(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of your site.
   *
   * <p>Constraints: Maximum length of 256 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public Site description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Site description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code GlobalNetworkId}.
   */
  public Site globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public Site globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The site location. This information is used for visualization in the Network Manager console.
   * If you specify the address, the latitude and longitude are automatically calculated.
   *
   * <ul> <li><code>Address</code> : The physical address of the site. <li><code>Latitude</code> :
   * The latitude of the site. <li><code>Longitude</code> : The longitude of the site. </ul>
   *
   * <p>CloudFormation property {@code Location}.
   */
  public Site location(Value<Location> value) {
    return set("Location", value);
  }

  /**
   * The tags for the site.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Site tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Site tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Site tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time that the site was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the site. For example,
   * <code>arn:aws:networkmanager::123456789012:site/global-network-01231231231231231/site-444555aaabbb11223</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code SiteArn}.
   */
  public Value<String> siteArn() {
    return getAtt("SiteArn");
  }

  /**
   * The ID of the site. For example, <code>site-444555aaabbb11223</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code SiteId}.
   */
  public Value<String> siteId() {
    return getAtt("SiteId");
  }

  /**
   * The current state of the site.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Describes a location.
   *
   * <p>Property type {@code AWS::NetworkManager::Site.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Site.Location")
        .constrain("Address", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .constrain("Latitude", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .constrain("Longitude", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .build();

    public Location() {
      super(SCHEMA);
    }

    /**
     * The physical address.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Address}.
     */
    public Location address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Location address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The latitude.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Latitude}.
     */
    public Location latitude(String value) {
      return set("Latitude", Value.of(value));
    }

    /** Sets {@code Latitude} to this value; see {@link #latitude(String)}. */
    public Location latitude(Value<String> value) {
      return set("Latitude", value);
    }

    /**
     * The longitude.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Longitude}.
     */
    public Location longitude(String value) {
      return set("Longitude", Value.of(value));
    }

    /** Sets {@code Longitude} to this value; see {@link #longitude(String)}. */
    public Location longitude(Value<String> value) {
      return set("Longitude", value);
    }
  }
}
