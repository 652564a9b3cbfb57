// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::WaitConditionHandle</code> type has no properties. When you
 * reference the <code>WaitConditionHandle</code> resource by using the <code>Ref</code> function,
 * CloudFormation returns a presigned URL. You pass this URL to applications or scripts that are
 * running on your Amazon EC2 instances to send signals to that URL. An associated
 * <code>AWS::CloudFormation::WaitCondition</code> resource checks the URL for the required number
 * of success signals or for a failure signal.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-waitcondition.html">Create
 * wait conditions in a CloudFormation template</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>Anytime you add a <code>WaitCondition</code> resource during a stack update or update a
 * resource with a wait condition, you must associate the wait condition with a new
 * <code>WaitConditionHandle</code> resource. Don't reuse an old wait condition handle that has
 * already been defined in the template. If you reuse a wait condition handle, the wait condition
 * might evaluate old signals from a previous create or update stack command.
 *
 * <p>Updates aren't supported for this resource.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::WaitConditionHandle}.
 */
public final class WaitConditionHandle extends Resource<WaitConditionHandle> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::WaitConditionHandle")
      .refYields("Id")
      .attributes("Id")
      .build();

  public WaitConditionHandle(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Returns a unique identifier for the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
