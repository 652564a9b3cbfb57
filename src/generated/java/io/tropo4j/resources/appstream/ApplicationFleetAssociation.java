// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * This resource associates the specified application with the specified fleet. This is only
 * supported for Elastic fleets.
 *
 * <p>CloudFormation type {@code AWS::AppStream::ApplicationFleetAssociation}.
 */
public final class ApplicationFleetAssociation extends Resource<ApplicationFleetAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ApplicationFleetAssociation")
      .required("ApplicationArn", "FleetName")
      .build();

  public ApplicationFleetAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationArn}.
   */
  public ApplicationFleetAssociation applicationArn(String value) {
    return set("ApplicationArn", Value.of(value));
  }

  /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
  public ApplicationFleetAssociation applicationArn(Value<String> value) {
    return set("ApplicationArn", value);
  }

  /**
   * The name of the fleet.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FleetName}.
   */
  public ApplicationFleetAssociation fleetName(String value) {
    return set("FleetName", Value.of(value));
  }

  /** Sets {@code FleetName} to this value; see {@link #fleetName(String)}. */
  public ApplicationFleetAssociation fleetName(Value<String> value) {
    return set("FleetName", value);
  }
}
