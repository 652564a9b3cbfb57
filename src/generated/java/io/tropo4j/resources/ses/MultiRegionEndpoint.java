// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a multi-region endpoint (global-endpoint).
 *
 * <p>The primary region is going to be the AWS-Region where the operation is executed. The
 * secondary region has to be provided in request's parameters. From the data flow standpoint there
 * is no difference between primary and secondary regions - sending traffic will be split equally
 * between the two. The primary region is the region where the resource has been created and where
 * it can be managed.
 *
 * <p>CloudFormation type {@code AWS::SES::MultiRegionEndpoint}.
 */
public final class MultiRegionEndpoint extends Resource<MultiRegionEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MultiRegionEndpoint")
      .required("Details", "EndpointName")
      .constrain("EndpointName", Constraint.of().pattern("^[\\w\\-_]+$").minLength(1).maxLength(64))
      .refYields("EndpointName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MultiRegionEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains details of a multi-region endpoint (global-endpoint) being created.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Details}.
   */
  public MultiRegionEndpoint details(Value<Details> value) {
    return set("Details", value);
  }

  /**
   * The name of the multi-region endpoint (global-endpoint).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;w&#92;-_]+$}. CloudFormation property {@code EndpointName}.
   */
  public MultiRegionEndpoint endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public MultiRegionEndpoint endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * An array of objects that define the tags (keys and values) to associate with the multi-region
   * endpoint (global-endpoint).
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MultiRegionEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MultiRegionEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MultiRegionEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An object that contains configuration details of multi-region endpoint (global-endpoint).
   *
   * <p>Property type {@code AWS::SES::MultiRegionEndpoint.Details}.
   */
  public static final class Details extends Struct<Details> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MultiRegionEndpoint.Details")
        .required("RouteDetails")
        .build();

    public Details() {
      super(SCHEMA);
    }

    /**
     * A list of route configuration details. Must contain exactly one route configuration.
     *
     * <p>Required. CloudFormation property {@code RouteDetails}.
     */
    public Details routeDetails(List<RouteDetailsItems> value) {
      return set("RouteDetails", Value.listOf(value));
    }

    /** Sets {@code RouteDetails} to this value; see {@link #routeDetails(List)}. */
    public Details routeDetails(Value<List<RouteDetailsItems>> value) {
      return set("RouteDetails", value);
    }

    /** Sets {@code RouteDetails} to a list of these; see {@link #routeDetails(List)}. */
    public Details routeDetails(RouteDetailsItems... values) {
      return set("RouteDetails", Value.list(values));
    }
  }

  /**
   * An object that contains route configuration. Includes secondary region name.
   *
   * <p>Property type {@code AWS::SES::MultiRegionEndpoint.RouteDetailsItems}.
   */
  public static final class RouteDetailsItems extends Struct<RouteDetailsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MultiRegionEndpoint.RouteDetailsItems")
        .required("Region")
        .build();

    public RouteDetailsItems() {
      super(SCHEMA);
    }

    /**
     * The name of an AWS-Region to be a secondary region for the multi-region endpoint
     * (global-endpoint).
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public RouteDetailsItems region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RouteDetailsItems region(Value<String> value) {
      return set("Region", value);
    }
  }
}
