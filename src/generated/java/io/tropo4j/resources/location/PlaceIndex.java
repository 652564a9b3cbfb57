// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.location;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a place index resource in your AWS account. Use a place index resource to geocode
 * addresses and other text queries by using the <code>SearchPlaceIndexForText</code> operation, and
 * reverse geocode coordinates by using the <code>SearchPlaceIndexForPosition</code> operation, and
 * enable autosuggestions by using the <code>SearchPlaceIndexForSuggestions</code> operation.
 *
 * <p>If your application is tracking or routing assets you use in your business, such as delivery
 * vehicles or employees, you must not use Esri as your geolocation provider. See section 82 of the
 * <a href="https://docs.aws.amazon.com/service-terms">AWS service terms</a> for more details.
 *
 * <p>CloudFormation type {@code AWS::Location::PlaceIndex}.
 */
public final class PlaceIndex extends Resource<PlaceIndex> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::PlaceIndex")
      .required("DataSource", "IndexName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("IndexName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .allowed("PricingPlan", "RequestBasedUsage")
      .refYields("IndexName")
      .attributes("Arn", "CreateTime", "IndexArn", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PlaceIndex(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the geospatial data provider for the new place index.
   *
   * <p>This field is case-sensitive. Enter the valid values as shown. For example, entering
   * <code>HERE</code> returns an error.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>Esri</code> – For additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/esri.html">Esri</a> 's
   * coverage in your region of interest, see <a
   * href="https://docs.aws.amazon.com/https://developers.arcgis.com/rest/geocode/api-reference/geocode-coverage.htm">Esri
   * details on geocoding coverage</a> . <li><code>Grab</code> – Grab provides place index
   * functionality for Southeast Asia. For additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html">GrabMaps</a> '
   * coverage, see <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html#grab-coverage-area">GrabMaps
   * countries and areas covered</a> . <li><code>Here</code> – For additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/HERE.html">HERE
   * Technologies</a> ' coverage in your region of interest, see <a
   * href="https://docs.aws.amazon.com/https://developer.here.com/documentation/geocoder/dev_guide/topics/coverage-geocoder.html">HERE
   * details on goecoding coverage</a> . </ul>
   *
   * <p>If you specify HERE Technologies ( <code>Here</code> ) as the data provider, you may not <a
   * href="https://docs.aws.amazon.com//location-places/latest/APIReference/API_DataSourceConfiguration.html">store
   * results</a> for locations in Japan. For more information, see the <a
   * href="https://docs.aws.amazon.com/service-terms/">AWS service terms</a> for Amazon Location
   * Service.
   *
   * <p>For additional information , see <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/what-is-data-provider.html">Data
   * providers</a> on the <em>Amazon Location Service developer guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DataSource}.
   */
  public PlaceIndex dataSource(String value) {
    return set("DataSource", Value.of(value));
  }

  /** Sets {@code DataSource} to this value; see {@link #dataSource(String)}. */
  public PlaceIndex dataSource(Value<String> value) {
    return set("DataSource", value);
  }

  /**
   * Specifies the data storage option requesting Places.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataSourceConfiguration}.
   */
  public PlaceIndex dataSourceConfiguration(Value<DataSourceConfiguration> value) {
    return set("DataSourceConfiguration", value);
  }

  /**
   * The optional description for the place index resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public PlaceIndex description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PlaceIndex description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the place index resource.
   *
   * <p>Requirements:
   *
   * <ul> <li>Contain only alphanumeric characters (A–Z, a–z, 0–9), hyphens (-), periods (.), and
   * underscores (_). <li>Must be a unique place index resource name. <li>No spaces allowed. For
   * example, <code>ExamplePlaceIndex</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code IndexName}.
   */
  public PlaceIndex indexName(String value) {
    return set("IndexName", Value.of(value));
  }

  /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
  public PlaceIndex indexName(Value<String> value) {
    return set("IndexName", value);
  }

  /**
   * No longer used. If included, the only allowed value is <code>RequestBasedUsage</code> .
   *
   * <p><em>Allowed Values</em> : <code>RequestBasedUsage</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RequestBasedUsage}. CloudFormation
   * property {@code PricingPlan}.
   */
  public PlaceIndex pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /** Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}. */
  public PlaceIndex pricingPlan(Value<String> value) {
    return set("PricingPlan", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PlaceIndex tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PlaceIndex tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PlaceIndex tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the place index resource. Used to specify a resource across
   * AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:place-index/ExamplePlaceIndex</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp for when the place index resource was created in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * Synonym for <code>Arn</code> . The Amazon Resource Name (ARN) for the place index resource.
   * Used to specify a resource across AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:place-index/ExamplePlaceIndex</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code IndexArn}.
   */
  public Value<String> indexArn() {
    return getAtt("IndexArn");
  }

  /**
   * The timestamp for when the place index resource was last updated in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * Specifies the data storage option requesting Places.
   *
   * <p>Property type {@code AWS::Location::PlaceIndex.DataSourceConfiguration}.
   */
  public static final class DataSourceConfiguration extends Struct<DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Location::PlaceIndex.DataSourceConfiguration")
        .allowed("IntendedUse", "SingleUse", "Storage")
        .build();

    public DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies how the results of an operation will be stored by the caller.
     *
     * <p>Valid values include:
     *
     * <ul> <li><code>SingleUse</code> specifies that the results won't be stored.
     * <li><code>Storage</code> specifies that the result can be cached or stored in a database.
     * </ul>
     *
     * <p>Default value: <code>SingleUse</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SingleUse}, {@code Storage}.
     * CloudFormation property {@code IntendedUse}.
     */
    public DataSourceConfiguration intendedUse(String value) {
      return set("IntendedUse", Value.of(value));
    }

    /** Sets {@code IntendedUse} to this value; see {@link #intendedUse(String)}. */
    public DataSourceConfiguration intendedUse(Value<String> value) {
      return set("IntendedUse", value);
    }
  }
}
