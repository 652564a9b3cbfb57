// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an IAM role that is linked to a specific AWS service. The service controls the attached
 * policies and when the role can be deleted. This helps ensure that the service is not broken by an
 * unexpectedly changed or deleted role, which could put your AWS resources into an unknown state.
 * Allowing the service to control the role helps improve service stability and proper cleanup when
 * a service and its role are no longer needed. For more information, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html">Using
 * service-linked roles</a> in the <em>IAM User Guide</em> .
 *
 * <p>To attach a policy to this service-linked role, you must make the request using the AWS
 * service that depends on this role.
 *
 * <p>CloudFormation type {@code AWS::IAM::ServiceLinkedRole}.
 */
public final class ServiceLinkedRole extends Resource<ServiceLinkedRole> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::ServiceLinkedRole")
      .constrain("AWSServiceName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("CustomSuffix", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(64))
      .constrain("Description", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*$").minLength(0).maxLength(1000))
      .refYields("RoleName")
      .attributes("RoleName")
      .build();

  public ServiceLinkedRole(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The service principal for the AWS service to which this role is attached. You use a string
   * similar to a URL but without the http:// in front. For example:
   * <code>elasticbeanstalk.amazonaws.com</code> .
   *
   * <p>Service principals are unique and case-sensitive. To find the exact service principal for
   * your service-linked role, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html">AWS
   * services that work with IAM</a> in the <em>IAM User Guide</em> . Look for the services that
   * have <em>Yes</em> in the <em>Service-Linked Role</em> column. Choose the <em>Yes</em> link to
   * view the service-linked role documentation for that service.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code AWSServiceName}.
   */
  public ServiceLinkedRole awsServiceName(String value) {
    return set("AWSServiceName", Value.of(value));
  }

  /** Sets {@code AWSServiceName} to this value; see {@link #awsServiceName(String)}. */
  public ServiceLinkedRole awsServiceName(Value<String> value) {
    return set("AWSServiceName", value);
  }

  /**
   * A string that you provide, which is combined with the service-provided prefix to form the
   * complete role name. If you make multiple requests for the same service, then you must supply a
   * different <code>CustomSuffix</code> for each request. Otherwise the request fails with a
   * duplicate role name error. For example, you could add <code>-1</code> or <code>-debug</code> to
   * the suffix.
   *
   * <p>Some services do not support the <code>CustomSuffix</code> parameter. If you provide an
   * optional suffix and the operation fails, try the operation again without the suffix.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code CustomSuffix}.
   */
  public ServiceLinkedRole customSuffix(String value) {
    return set("CustomSuffix", Value.of(value));
  }

  /** Sets {@code CustomSuffix} to this value; see {@link #customSuffix(String)}. */
  public ServiceLinkedRole customSuffix(Value<String> value) {
    return set("CustomSuffix", value);
  }

  /**
   * The description of the role.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]*$}. CloudFormation
   * property {@code Description}.
   */
  public ServiceLinkedRole description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServiceLinkedRole description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Returns the friendly name that identifies the role. For example,
   * <code>AWSServiceRoleForAutoScaling</code> or
   * <code>AWSServiceRoleForAutoScaling_TestSuffix</code> if a <code>CustomSuffix</code> is
   * specified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleName}.
   */
  public Value<String> roleName() {
    return getAtt("RoleName");
  }
}
