// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.supportapp;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * You can use the <code>AWS::SupportApp::SlackWorkspaceConfiguration</code> resource to specify
 * your Slack workspace configuration. This resource configures your AWS account so that you can use
 * the specified Slack workspace in the AWS Support App . This resource includes the following
 * information:
 *
 * <ul> <li>The team ID for the Slack workspace <li>The version ID of the resource to use with AWS
 * CloudFormation </ul>
 *
 * <p>For more information, see the following topics in the <em>User Guide</em> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/awssupport/latest/user/aws-support-app-for-slack.html">AWS
 * Support App in Slack</a> <li><a
 * href="https://docs.aws.amazon.com/awssupport/latest/user/creating-resources-with-cloudformation.html">Creating
 * AWS Support App in Slack resources with AWS CloudFormation</a> </ul>
 *
 * <p>CloudFormation type {@code AWS::SupportApp::SlackWorkspaceConfiguration}.
 */
public final class SlackWorkspaceConfiguration extends Resource<SlackWorkspaceConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SupportApp::SlackWorkspaceConfiguration")
      .required("TeamId")
      .constrain("TeamId", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
      .constrain("VersionId", Constraint.of().pattern("^[0-9]+$").minLength(1).maxLength(256))
      .refYields("TeamId")
      .build();

  public SlackWorkspaceConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The team ID in Slack. This ID uniquely identifies a Slack workspace, such as
   * <code>T012ABCDEFG</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^&#92;S+$}. CloudFormation property {@code TeamId}.
   */
  public SlackWorkspaceConfiguration teamId(String value) {
    return set("TeamId", Value.of(value));
  }

  /** Sets {@code TeamId} to this value; see {@link #teamId(String)}. */
  public SlackWorkspaceConfiguration teamId(Value<String> value) {
    return set("TeamId", value);
  }

  /**
   * An identifier used to update an existing Slack workspace configuration in AWS CloudFormation ,
   * such as <code>100</code> .
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code
   * VersionId}.
   */
  public SlackWorkspaceConfiguration versionId(String value) {
    return set("VersionId", Value.of(value));
  }

  /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
  public SlackWorkspaceConfiguration versionId(Value<String> value) {
    return set("VersionId", value);
  }
}
