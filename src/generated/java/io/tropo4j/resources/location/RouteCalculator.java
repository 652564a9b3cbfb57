// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.location;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a route calculator resource in your AWS account.
 *
 * <p>You can send requests to a route calculator resource to estimate travel time, distance, and
 * get directions. A route calculator sources traffic and road network data from your chosen data
 * provider.
 *
 * <p>If your application is tracking or routing assets you use in your business, such as delivery
 * vehicles or employees, you must not use Esri as your geolocation provider. See section 82 of the
 * <a href="https://docs.aws.amazon.com/service-terms">AWS service terms</a> for more details.
 *
 * <p>CloudFormation type {@code AWS::Location::RouteCalculator}.
 */
public final class RouteCalculator extends Resource<RouteCalculator> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::RouteCalculator")
      .required("CalculatorName", "DataSource")
      .constrain("CalculatorName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .allowed("PricingPlan", "RequestBasedUsage")
      .refYields("CalculatorName")
      .attributes("Arn", "CalculatorArn", "CreateTime", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouteCalculator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the route calculator resource.
   *
   * <p>Requirements:
   *
   * <ul> <li>Can use alphanumeric characters (A–Z, a–z, 0–9) , hyphens (-), periods (.), and
   * underscores (_). <li>Must be a unique Route calculator resource name. <li>No spaces allowed.
   * For example, <code>ExampleRouteCalculator</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code CalculatorName}.
   */
  public RouteCalculator calculatorName(String value) {
    return set("CalculatorName", Value.of(value));
  }

  /** Sets {@code CalculatorName} to this value; see {@link #calculatorName(String)}. */
  public RouteCalculator calculatorName(Value<String> value) {
    return set("CalculatorName", value);
  }

  /**
   * Specifies the data provider of traffic and road network data.
   *
   * <p>This field is case-sensitive. Enter the valid values as shown. For example, entering
   * <code>HERE</code> returns an error.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>Esri</code> – For additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/esri.html">Esri</a> 's
   * coverage in your region of interest, see <a
   * href="https://docs.aws.amazon.com/https://doc.arcgis.com/en/arcgis-online/reference/network-coverage.htm">Esri
   * details on street networks and traffic coverage</a> . </ul>
   *
   * <p>Route calculators that use Esri as a data source only calculate routes that are shorter than
   * 400 km.
   *
   * <ul> <li><code>Grab</code> – Grab provides routing functionality for Southeast Asia. For
   * additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html">GrabMaps</a> '
   * coverage, see <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/grab.html#grab-coverage-area">GrabMaps
   * countries and areas covered</a> . <li><code>Here</code> – For additional information about <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/HERE.html">HERE
   * Technologies</a> ' coverage in your region of interest, see <a
   * href="https://docs.aws.amazon.com/https://developer.here.com/documentation/routing-api/dev_guide/topics/coverage/car-routing.html">HERE
   * car routing coverage</a> and <a
   * href="https://docs.aws.amazon.com/https://developer.here.com/documentation/routing-api/dev_guide/topics/coverage/truck-routing.html">HERE
   * truck routing coverage</a> . </ul>
   *
   * <p>For additional information , see <a
   * href="https://docs.aws.amazon.com/location/previous/developerguide/what-is-data-provider.html">Data
   * providers</a> on the <em>Amazon Location Service Developer Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DataSource}.
   */
  public RouteCalculator dataSource(String value) {
    return set("DataSource", Value.of(value));
  }

  /** Sets {@code DataSource} to this value; see {@link #dataSource(String)}. */
  public RouteCalculator dataSource(Value<String> value) {
    return set("DataSource", value);
  }

  /**
   * The optional description for the route calculator resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public RouteCalculator description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RouteCalculator description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * No longer used. If included, the only allowed value is <code>RequestBasedUsage</code> .
   *
   * <p><em>Allowed Values</em> : <code>RequestBasedUsage</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RequestBasedUsage}. CloudFormation
   * property {@code PricingPlan}.
   */
  public RouteCalculator pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /** Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}. */
  public RouteCalculator pricingPlan(Value<String> value) {
    return set("PricingPlan", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouteCalculator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouteCalculator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouteCalculator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the route calculator resource. Use the ARN when you specify
   * a resource across all AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:route-calculator/ExampleCalculator</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Synonym for <code>Arn</code> . The Amazon Resource Name (ARN) for the route calculator
   * resource. Use the ARN when you specify a resource across all AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:route-calculator/ExampleCalculator</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CalculatorArn}.
   */
  public Value<String> calculatorArn() {
    return getAtt("CalculatorArn");
  }

  /**
   * The timestamp for when the route calculator resource was created in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The timestamp for when the route calculator resource was last updated in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }
}
