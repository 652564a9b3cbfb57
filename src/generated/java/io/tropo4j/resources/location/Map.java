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
 * The <code>AWS::Location::Map</code> resource specifies a map resource in your AWS account, which
 * provides map tiles of different styles sourced from global location data providers.
 *
 * <p>CloudFormation type {@code AWS::Location::Map}.
 */
public final class Map extends Resource<Map> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::Map")
      .required("Configuration", "MapName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("MapName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .allowed("PricingPlan", "RequestBasedUsage")
      .refYields("MapName")
      .attributes("Arn", "CreateTime", "DataSource", "MapArn", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Map(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the <code>MapConfiguration</code> , including the map style, for the map resource
   * that you create. The map style defines the look of maps and the data provider for your map
   * resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Configuration}.
   */
  public Map configuration(Value<MapConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * An optional description for the map resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public Map description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Map description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name for the map resource.
   *
   * <p>Requirements:
   *
   * <ul> <li>Must contain only alphanumeric characters (A–Z, a–z, 0–9), hyphens (-), periods (.),
   * and underscores (_). <li>Must be a unique map resource name. <li>No spaces allowed. For
   * example, <code>ExampleMap</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code MapName}.
   */
  public Map mapName(String value) {
    return set("MapName", Value.of(value));
  }

  /** Sets {@code MapName} to this value; see {@link #mapName(String)}. */
  public Map mapName(Value<String> value) {
    return set("MapName", value);
  }

  /**
   * No longer used. If included, the only allowed value is <code>RequestBasedUsage</code> .
   *
   * <p><em>Allowed Values</em> : <code>RequestBasedUsage</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RequestBasedUsage}. CloudFormation
   * property {@code PricingPlan}.
   */
  public Map pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /** Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}. */
  public Map pricingPlan(Value<String> value) {
    return set("PricingPlan", value);
  }

  /**
   * Applies one or more tags to the map resource. A tag is a key-value pair helps manage, identify,
   * search, and filter your resources by labelling them.
   *
   * <p>Format: <code>"key" : "value"</code>
   *
   * <p>Restrictions:
   *
   * <ul> <li>Maximum 50 tags per resource <li>Each resource tag must be unique with a maximum of
   * one value. <li>Maximum key length: 128 Unicode characters in UTF-8 <li>Maximum value length:
   * 256 Unicode characters in UTF-8 <li>Can use alphanumeric characters (A–Z, a–z, 0–9), and the
   * following characters: + - = . _ : / &#64;. <li>Cannot use "aws:" as a prefix for a key. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Map tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Map tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Map tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the map resource. Used to specify a resource across all AWS
   * .
   *
   * <ul> <li>Format example: <code>arn:aws:geo:region:account-id:maps/ExampleMap</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp for when the map resource was created in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /** {@code Fn::GetAtt} attribute {@code DataSource}. */
  public Value<String> dataSource() {
    return getAtt("DataSource");
  }

  /**
   * Synonym for <code>Arn</code> . The Amazon Resource Name (ARN) for the map resource. Used to
   * specify a resource across all AWS .
   *
   * <ul> <li>Format example: <code>arn:aws:geo:region:account-id:maps/ExampleMap</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code MapArn}.
   */
  public Value<String> mapArn() {
    return getAtt("MapArn");
  }

  /**
   * The timestamp for when the map resource was last updated in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * Specifies the map tile style selected from an available provider.
   *
   * <p>Property type {@code AWS::Location::Map.MapConfiguration}.
   */
  public static final class MapConfiguration extends Struct<MapConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Location::Map.MapConfiguration")
        .required("Style")
        .constrain("CustomLayers", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
        .constrain("PoliticalView", Constraint.of().pattern("^[A-Z]{3}$").minLength(3).maxLength(3))
        .constrain("Style", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
        .build();

    public MapConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the custom layers for the style. Leave unset to not enable any custom layer, or,
     * for styles that support custom layers, you can enable layer(s), such as the <code>POI</code>
     * layer for the VectorEsriNavigation style.
     *
     * <p>Currenlty only <code>VectorEsriNavigation</code> supports CustomLayers. For more
     * information, see <a
     * href="https://docs.aws.amazon.com//location/latest/developerguide/map-concepts.html#map-custom-layers">Custom
     * Layers</a> .
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^[-._&#92;w]+$}. CloudFormation property
     * {@code CustomLayers}.
     */
    public MapConfiguration customLayers(List<String> value) {
      return set("CustomLayers", Value.listOf(value));
    }

    /** Sets {@code CustomLayers} to this value; see {@link #customLayers(List)}. */
    public MapConfiguration customLayers(Value<List<String>> value) {
      return set("CustomLayers", value);
    }

    /**
     * Specifies the map political view selected from an available data provider.
     *
     * <p>Length: 3 to 3 characters. Pattern: {@code ^[A-Z]{3}$}. CloudFormation property {@code
     * PoliticalView}.
     */
    public MapConfiguration politicalView(String value) {
      return set("PoliticalView", Value.of(value));
    }

    /** Sets {@code PoliticalView} to this value; see {@link #politicalView(String)}. */
    public MapConfiguration politicalView(Value<String> value) {
      return set("PoliticalView", value);
    }

    /**
     * Specifies the map style selected from an available data provider.
     *
     * <p>Valid <a
     * href="https://docs.aws.amazon.com/location/previous/developerguide/esri.html">Esri map
     * styles</a> :
     *
     * <ul> <li><code>VectorEsriDarkGrayCanvas</code> – The Esri Dark Gray Canvas map style. A
     * vector basemap with a dark gray, neutral background with minimal colors, labels, and features
     * that's designed to draw attention to your thematic content.
     * <li><code>RasterEsriImagery</code> – The Esri Imagery map style. A raster basemap that
     * provides one meter or better satellite and aerial imagery in many parts of the world and
     * lower resolution satellite imagery worldwide. <li><code>VectorEsriLightGrayCanvas</code> –
     * The Esri Light Gray Canvas map style, which provides a detailed vector basemap with a light
     * gray, neutral background style with minimal colors, labels, and features that's designed to
     * draw attention to your thematic content. <li><code>VectorEsriTopographic</code> – The Esri
     * Light map style, which provides a detailed vector basemap with a classic Esri map style.
     * <li><code>VectorEsriStreets</code> – The Esri Street Map style, which provides a detailed
     * vector basemap for the world symbolized with a classic Esri street map style. The vector tile
     * layer is similar in content and style to the World Street Map raster map.
     * <li><code>VectorEsriNavigation</code> – The Esri Navigation map style, which provides a
     * detailed basemap for the world symbolized with a custom navigation map style that's designed
     * for use during the day in mobile devices. </ul>
     *
     * <p>Valid <a
     * href="https://docs.aws.amazon.com/location/previous/developerguide/HERE.html">HERE
     * Technologies map styles</a> :
     *
     * <ul> <li><code>VectorHereContrast</code> – The HERE Contrast (Berlin) map style is a high
     * contrast detailed base map of the world that blends 3D and 2D rendering. </ul>
     *
     * <p>The <code>VectorHereContrast</code> style has been renamed from
     * <code>VectorHereBerlin</code> . <code>VectorHereBerlin</code> has been deprecated, but will
     * continue to work in applications that use it.
     *
     * <ul> <li><code>VectorHereExplore</code> – A default HERE map style containing a neutral,
     * global map and its features including roads, buildings, landmarks, and water features. It
     * also now includes a fully designed map of Japan. <li><code>VectorHereExploreTruck</code> – A
     * global map containing truck restrictions and attributes (e.g. width / height / HAZMAT)
     * symbolized with highlighted segments and icons on top of HERE Explore to support use cases
     * within transport and logistics. <li><code>RasterHereExploreSatellite</code> – A global map
     * containing high resolution satellite imagery. <li><code>HybridHereExploreSatellite</code> – A
     * global map displaying the road network, street names, and city labels over satellite imagery.
     * This style will automatically retrieve both raster and vector tiles, and your charges will be
     * based on total tiles retrieved. </ul>
     *
     * <p>Hybrid styles use both vector and raster tiles when rendering the map that you see. This
     * means that more tiles are retrieved than when using either vector or raster tiles alone. Your
     * charges will include all tiles retrieved.
     *
     * <p>Valid <a
     * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html">GrabMaps map
     * styles</a> :
     *
     * <ul> <li><code>VectorGrabStandardLight</code> – The Grab Standard Light map style provides a
     * basemap with detailed land use coloring, area names, roads, landmarks, and points of interest
     * covering Southeast Asia. <li><code>VectorGrabStandardDark</code> – The Grab Standard Dark map
     * style provides a dark variation of the standard basemap covering Southeast Asia. </ul>
     *
     * <p>Grab provides maps only for countries in Southeast Asia, and is only available in the Asia
     * Pacific (Singapore) Region ( <code>ap-southeast-1</code> ). For more information, see <a
     * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html#grab-coverage-area">GrabMaps
     * countries and area covered</a> .
     *
     * <p>Valid <a
     * href="https://docs.aws.amazon.com/location/previous/developerguide/open-data.html">Open Data
     * map styles</a> :
     *
     * <ul> <li><code>VectorOpenDataStandardLight</code> – The Open Data Standard Light map style
     * provides a detailed basemap for the world suitable for website and mobile application use.
     * The map includes highways major roads, minor roads, railways, water features, cities, parks,
     * landmarks, building footprints, and administrative boundaries.
     * <li><code>VectorOpenDataStandardDark</code> – Open Data Standard Dark is a dark-themed map
     * style that provides a detailed basemap for the world suitable for website and mobile
     * application use. The map includes highways major roads, minor roads, railways, water
     * features, cities, parks, landmarks, building footprints, and administrative boundaries.
     * <li><code>VectorOpenDataVisualizationLight</code> – The Open Data Visualization Light map
     * style is a light-themed style with muted colors and fewer features that aids in understanding
     * overlaid data. <li><code>VectorOpenDataVisualizationDark</code> – The Open Data Visualization
     * Dark map style is a dark-themed style with muted colors and fewer features that aids in
     * understanding overlaid data. </ul>
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^[-._&#92;w]+$}. CloudFormation property {@code Style}.
     */
    public MapConfiguration style(String value) {
      return set("Style", Value.of(value));
    }

    /** Sets {@code Style} to this value; see {@link #style(String)}. */
    public MapConfiguration style(Value<String> value) {
      return set("Style", value);
    }
  }
}
