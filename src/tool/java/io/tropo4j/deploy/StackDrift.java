package io.tropo4j.deploy;

import java.util.List;

/**
 * How far a stack's resources are from its template, as CloudFormation's drift detection found them.
 * Secret values (a NoEcho parameter's, a secret's) are masked.
 *
 * @param status DRIFTED, IN_SYNC or UNKNOWN, as CloudFormation says
 * @param checked how many resources were checked
 * @param notChecked how many resources were not (drift detection does not support their type, or could not
 *     check them)
 * @param drifted the resources that were changed or deleted outside CloudFormation, in the stack's order
 * @param incomplete why the detection failed for some resources, which were then not checked; null when
 *     it checked every resource it supports
 */
public record StackDrift(String stackName, String status, int checked, int notChecked, List<ResourceDrift> drifted,
    String incomplete) {
  public StackDrift {
    drifted = List.copyOf(drifted);
  }

  public boolean hasDrifted() {
    return "DRIFTED".equals(status) || !drifted.isEmpty();
  }

  /** @param status MODIFIED or DELETED */
  public record ResourceDrift(String logicalId, String physicalId, String type, String status,
      List<PropertyDrift> properties) {
    public ResourceDrift {
      properties = List.copyOf(properties);
    }
  }

  /**
   * @param path the property's path, as {@code /VisibilityTimeout} or {@code /Tags/0/Value}
   * @param expected the value the template gives, or null when the property is not in the template
   * @param actual the value the resource has, or null when it has none
   * @param difference ADD, REMOVE or NOT_EQUAL
   */
  public record PropertyDrift(String path, String expected, String actual, String difference) {}
}
