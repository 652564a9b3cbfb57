// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The ARN of the IAM principal to remove from the pull time update exclusion list.
 *
 * <p>CloudFormation type {@code AWS::ECR::PullTimeUpdateExclusion}.
 */
public final class PullTimeUpdateExclusion extends Resource<PullTimeUpdateExclusion> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::PullTimeUpdateExclusion")
      .required("PrincipalArn")
      .constrain("PrincipalArn", Constraint.of().pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$").minLength(0).maxLength(200))
      .refYields("PrincipalArn")
      .build();

  public PullTimeUpdateExclusion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the IAM principal to remove from the pull time update exclusion list.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 200 characters. Pattern: {@code
   * ^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[&#92;w+=,.&#64;-]+(/[&#92;w+=,.&#64;-]+)*$}.
   * CloudFormation property {@code PrincipalArn}.
   */
  public PullTimeUpdateExclusion principalArn(String value) {
    return set("PrincipalArn", Value.of(value));
  }

  /** Sets {@code PrincipalArn} to this value; see {@link #principalArn(String)}. */
  public PullTimeUpdateExclusion principalArn(Value<String> value) {
    return set("PrincipalArn", value);
  }
}
